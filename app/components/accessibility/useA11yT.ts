import a11yEn from "~/locales/a11y.en";
import a11yIt from "~/locales/a11y.it";
import { useNamespace } from "~/utils/namespace";

/** The "a11y" namespace, loaded by the routes that use it (see app/locales/namespaces.ts). */
export const useA11yT = () => useNamespace("a11y", { it: a11yIt, en: a11yEn });
