/** The "appointments" namespace, in Italian (see app/locales/namespaces.ts for who loads it). */
const appointments = {} as const;

export default appointments;
export type AppointmentsStrings = typeof appointments;
