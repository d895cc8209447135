import { useTranslation } from "react-i18next";
import { fallbackLanguage, isLanguage, type Language } from "./i18n";

/**
 * `useTranslation(ns)` for a namespace that is not in the first-load bundle: the route module that
 * imports the namespace's two locale modules passes them here, and they are added to i18next before
 * the first `t` call, during hydration too. The server's instances already hold every namespace.
 */
export function useNamespace(ns: string, bundles: Record<Language, object>) {
  const { i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : fallbackLanguage;
  if (!i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, bundles[lang], true, false);
  return useTranslation(ns);
}
