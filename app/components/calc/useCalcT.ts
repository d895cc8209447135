import calcEn from "~/locales/calc.en";
import calcIt from "~/locales/calc.it";
import { useNamespace } from "~/utils/namespace";

/** The "calc" namespace, loaded by the calculator and rates routes only. */
export const useCalcT = () => useNamespace("calc", { it: calcIt, en: calcEn });
