import type { CatalogueStrings } from "./catalogue.it";
import type { Strings } from "./strings";

/** The "catalogue" namespace, in English: key for key with catalogue.it.ts. */
const catalogue: Strings<CatalogueStrings> = {};

export default catalogue;
