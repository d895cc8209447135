import { createCookie } from "@remix-run/node";
import { createInstance, type TFunction } from "i18next";
import { RemixI18Next } from "remix-i18next/server";
import en from "~/locales/en";
import it from "~/locales/it";
import { extraNamespaces } from "~/locales/namespaces";
import { fallbackLanguage, i18nConfig, isLanguage, type Language, languageCookieName, supportedLanguages } from "./i18n";

/** "translation" is also bundled for the browser; the other namespaces: see app/locales/namespaces.ts. */
export const resources = { it: { translation: it, ...extraNamespaces.it }, en: { translation: en, ...extraNamespaces.en } };

export const languageCookie = createCookie(languageCookieName, {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

/**
 * The reader's language comes from an explicit choice only (?lang= or the cookie), never from
 * Accept-Language: an Italian public site is Italian unless the reader asks otherwise, and the
 * national conformity checker must always read the Italian page.
 */
export const remixI18next = new RemixI18Next({
  detection: {
    supportedLanguages: [...supportedLanguages],
    fallbackLanguage,
    cookie: languageCookie,
    order: ["searchParams", "cookie"],
    searchParamKey: "lang",
  },
  i18next: { ...i18nConfig, resources },
});

export async function getLanguage(request: Request): Promise<Language> {
  const locale = await remixI18next.getLocale(request);
  return isLanguage(locale) ? locale : fallbackLanguage;
}

export async function getFixedT(request: Request): Promise<{ t: TFunction; lang: Language }> {
  const lang = await getLanguage(request);
  return { t: await remixI18next.getFixedT(lang), lang };
}

const renderInstances = new Map<Language, ReturnType<typeof initInstance>>();

function initInstance(lang: Language) {
  const instance = createInstance();
  return instance.init({ ...i18nConfig, lng: lang, resources }).then(() => instance);
}

/** The i18next instance that renders pages in `lang`: one per language, shared (it never changes language). */
export function renderI18n(lang: Language) {
  let instance = renderInstances.get(lang);
  if (!instance) {
    instance = initInstance(lang);
    renderInstances.set(lang, instance);
  }
  return instance;
}
