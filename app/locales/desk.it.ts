/** The "desk" namespace, in Italian (see app/locales/namespaces.ts for who loads it). */
const desk = {} as const;

export default desk;
export type DeskStrings = typeof desk;
