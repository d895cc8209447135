import metricsEn from "~/locales/metrics.en";
import metricsIt from "~/locales/metrics.it";
import { useNamespace } from "~/utils/namespace";

/** The "metrics" namespace, loaded by the routes that use it (see app/locales/namespaces.ts). */
export const useMetricsT = () => useNamespace("metrics", { it: metricsIt, en: metricsEn });
