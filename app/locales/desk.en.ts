import type { DeskStrings } from "./desk.it";
import type { Strings } from "./strings";

/** The "desk" namespace, in English: key for key with desk.it.ts. */
const desk: Strings<DeskStrings> = {};

export default desk;
