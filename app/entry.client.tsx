import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { fallbackLanguage, i18nConfig, isLanguage } from "~/utils/i18n";

// Only the page's own language is loaded: each locale is its own chunk.
const loaders = {
  it: () => import("~/locales/it"),
  en: () => import("~/locales/en"),
};

async function hydrate() {
  const htmlLang = document.documentElement.lang;
  const lang = isLanguage(htmlLang) ? htmlLang : fallbackLanguage;
  const { default: translation } = await loaders[lang]();
  await i18next.use(initReactI18next).init({ ...i18nConfig, lng: lang, resources: { [lang]: { translation } } });

  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}

void hydrate();
