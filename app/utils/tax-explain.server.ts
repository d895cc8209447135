/**
 * The IMU and TARI computations written out line by line ("Rendita 600,00 € × 1,05 × 160 = base …"),
 * one text for the citizen's position (tax-routes.server.ts) and the public calculators
 * (calc-routes.server.ts), so a CAF reading either sees the same steps.
 */
import type { TFunction } from "i18next";
import { Exact } from "~/domain/exact";
import { categoryMultiplier, type ImuProperty, type ImuPropertyResult, type ImuRates, rateOf } from "~/domain/imu";
import type { TariAccountResult } from "~/domain/tari";
import { formatMoney } from "./format";
import type { Language } from "./i18n";

export function decimalText(e: Exact, lang: Language, digits = 2): string {
  // Display only (a rate, a share, a surface): the amounts themselves never pass through a float.
  const value = Number(e.mul(10 ** digits).cents()) / 100 / 10 ** digits;
  return new Intl.NumberFormat(lang === "en" ? "en-GB" : "it-IT", { minimumFractionDigits: 0, maximumFractionDigits: digits }).format(value);
}

const eur = (e: Exact, lang: Language) => formatMoney(Number(e.cents()), lang);

/** A property's IMU: base, the 50 % reduction, rate × share × months, the deduction. */
export function imuExplanation(p: Pick<ImuProperty, "kind" | "category" | "rendita" | "redditoDominicale" | "share" | "reduction">, r: ImuPropertyResult, rates: ImuRates, t: TFunction, lang: Language): string {
  const halved = p.reduction ? t("tax:position.explain.halved") : "";
  const base =
    p.kind === "terreno"
      ? t("tax:position.explain.land", { rd: eur(p.redditoDominicale ?? Exact.ZERO, lang), base: eur(r.base, lang) })
      : p.kind === "area_fabbricabile"
        ? t("tax:position.explain.area", { base: eur(r.base, lang) })
        : t("tax:position.explain.building", { rendita: eur(p.rendita ?? Exact.ZERO, lang), multiplier: categoryMultiplier(p.category ?? "") ?? 0, base: eur(r.base, lang) });
  const rate = rateOf(r.treatment, rates).mul(100);
  const taxed = r.treatment.kind === "exempt" ? "" : t("tax:position.explain.tax", { rate: `${decimalText(rate, lang, 4)}%`, share: `${decimalText(p.share, lang)}%`, months: r.months, tax: eur(r.annual.add(r.deduction), lang) });
  const deduction = r.deduction.isZero() ? "" : t("tax:position.explain.deduction", { deduction: eur(r.deduction, lang) });
  return `${base}${halved}${taxed}${deduction}`;
}

/** An account's TARI: m², fixed and variable parts, the days, TARI and TEFA. */
export function tariExplanation(surface: Exact, r: TariAccountResult, t: TFunction, lang: Language): string {
  return t("tax:position.tariExplain", { surface: decimalText(surface, lang), fixed: eur(r.fixed, lang), variable: eur(r.variable, lang), days: r.days, yearDays: r.daysInYear, tari: eur(r.tari, lang), tefa: eur(r.tefa, lang) });
}
