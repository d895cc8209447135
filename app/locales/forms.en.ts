import type { FormsStrings } from "./forms.it";
import type { Strings } from "./strings";

/** The "forms" namespace, in English: key for key with forms.it.ts. */
const forms: Strings<FormsStrings> = {};

export default forms;
