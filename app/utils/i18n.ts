/** Shared i18next settings (server and browser). Italian first; English complete. */
export const supportedLanguages = ["it", "en"] as const;
export type Language = (typeof supportedLanguages)[number];
export const fallbackLanguage: Language = "it";
export const defaultNS = "translation";
export const languageCookieName = "lang";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (supportedLanguages as readonly string[]).includes(value);
}

/** BCP 47 locale used for dates and money in each language. */
export const intlLocale: Record<Language, string> = { it: "it-IT", en: "en-GB" };

export const i18nConfig = {
  supportedLngs: [...supportedLanguages],
  fallbackLng: fallbackLanguage,
  defaultNS,
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
};
