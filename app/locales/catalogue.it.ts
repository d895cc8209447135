/** The "catalogue" namespace, in Italian (see app/locales/namespaces.ts for who loads it). */
const catalogue = {} as const;

export default catalogue;
export type CatalogueStrings = typeof catalogue;
