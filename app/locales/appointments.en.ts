import type { AppointmentsStrings } from "./appointments.it";
import type { Strings } from "./strings";

/** The "appointments" namespace, in English: key for key with appointments.it.ts. */
const appointments: Strings<AppointmentsStrings> = {};

export default appointments;
