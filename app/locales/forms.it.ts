/** The "forms" namespace, in Italian (see app/locales/namespaces.ts for who loads it). */
const forms = {} as const;

export default forms;
export type FormsStrings = typeof forms;
