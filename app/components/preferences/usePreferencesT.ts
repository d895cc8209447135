import preferencesEn from "~/locales/preferences.en";
import preferencesIt from "~/locales/preferences.it";
import { useNamespace } from "~/utils/namespace";

/** The "preferences" namespace, loaded by the reading preferences page only. */
export const usePreferencesT = () => useNamespace("preferences", { it: preferencesIt, en: preferencesEn });
