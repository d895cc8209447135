import finesEn from "~/locales/fines.en";
import finesIt from "~/locales/fines.it";
import { useNamespace } from "~/utils/namespace";

/** The "fines" namespace, loaded by the modules that use it (so it lives in their chunks only). */
export const useFinesT = () => useNamespace("fines", { it: finesIt, en: finesEn });
