/**
 * The public IMU and TARI calculator pages (issue 5 §4) and the tax office's rates per year (§1):
 * thin handlers. The calculators read the form into the API's JSON (app/domain/calc-form.ts), check
 * it with the API's own readers (imu-request.ts, tari-request.ts) and call the API's services
 * (imu-calculator, tari-calculator): the page and the API cannot disagree.
 */
import { randomUUID } from "node:crypto";
import type { TFunction } from "i18next";
import { type AppLoadContext, data, redirect } from "@remix-run/node";
import type { FieldError } from "~/domain/api-fields";
import {
  applyImuIntent,
  emptyImuProperty,
  type ImuFormProperty,
  type ImuFormValues,
  imuErrorFieldId,
  imuFieldId,
  imuIntent,
  imuRequestBody,
  MAX_FORM_PROPERTIES,
  readImuForm,
  readTariForm,
  type TariFormValues,
  tariErrorFieldId,
  tariRequestBody,
} from "~/domain/calc-form";
import { Exact } from "~/domain/exact";
import { parseId } from "~/domain/ids";
import { parseImuRequest } from "~/domain/imu-request";
import { parseTariRequest } from "~/domain/tari-request";
import { IMU_CASES, type RateErrors, tariffFieldId, type YearValues } from "~/domain/tax-rates";
import { listImuRates } from "~/models/imu-rate.server";
import { findTariYear, tariYearRange } from "~/models/tari-tariff.server";
import type { StaffPrincipal } from "~/services/backoffice.server";
import { calculateImu, lastRateYear } from "~/services/imu-calculator.server";
import { calculateTari } from "~/services/tari-calculator.server";
import { copyRateYear, findRateYear, listRateYears, saveRateYear } from "~/services/tax-rates.server";
import { requireCsrf, requireStaff } from "./auth.server";
import { db } from "./db.server";
import { formatDate, formatMoney } from "./format";
import { notFound } from "./http.server";
import type { Language } from "./i18n";
import { getFixedT } from "./i18next.server";
import { requestMeta } from "./request-meta.server";
import { hadErrors, markErrors } from "./staff-routes.server";
import { imuExplanation, tariExplanation } from "./tax-explain.server";

const centsOf = (text: string) => Exact.decimal(text).cents();
const money = (text: string, lang: Language) => formatMoney(Number(centsOf(text)), lang);

export interface FieldMessage {
  /** The HTML id of the field. */
  id: string;
  /** The message under the field. */
  message: string;
  /** The message in the error summary, naming the field. */
  summary: string;
}

/** The API reader's error, in the page's words (the form's own wording first, the API's otherwise). */
function errorMessage(t: TFunction, e: FieldError): string {
  return t([`calc:errors.${e.code}`, `tax:api.errors.${e.code}`], e.params ?? {});
}

// ---------------------------------------------------------------------------------------------
// IMU

async function imuYears(): Promise<number[]> {
  return (await listImuRates(db())).map((r) => r.year);
}

function imuLabel(t: TFunction, id: string): string {
  if (id === "anno") return t("calc:common.year");
  const m = /^immobili-(\d+)-(\w+)$/.exec(id);
  return m ? `${t("calc:imu.propertyN", { n: Number(m[1]) + 1 })} – ${t(`calc:imu.fields.${m[2]}`)}` : id;
}

function fieldMessages(t: TFunction, errors: readonly FieldError[], idOf: (path: string) => string, labelOf: (id: string) => string): FieldMessage[] {
  const seen = new Set<string>();
  return errors.flatMap((e) => {
    const id = idOf(e.field);
    if (seen.has(id)) return [];
    seen.add(id);
    const message = errorMessage(t, e);
    return [{ id, message, summary: t("calc:common.fieldError", { field: labelOf(id), message }) }];
  });
}

type ImuAnswerOk = Extract<Awaited<ReturnType<typeof calculateImu>>, { ok: true }>;

function imuResultView(r: ImuAnswerOk, values: ImuFormValues, properties: Parameters<typeof imuExplanation>[0][], t: TFunction, lang: Language) {
  const a = r.answer;
  const eurosOf = (x: string) => money(x, lang);
  return {
    year: a.anno,
    ente: a.codiceEnte,
    properties: a.immobili.map((p, i) => {
      const raw = values.immobili[i]!;
      const what = raw.tipo === "fabbricato" ? `${raw.categoria}` : t(`calc:imu.kinds.${raw.tipo}`);
      const codes = p.ripartizione.map((x) => x.codiceTributo);
      return {
        name: `${t("calc:imu.propertyN", { n: i + 1 })} (${what})`,
        treatment: t(`tax:position.treatment.${p.trattamento}`),
        base: eurosOf(p.baseImponibile),
        months: p.mesi,
        firstHalf: p.mesiPrimoSemestre,
        tax: eurosOf(p.imposta),
        code: codes.length ? codes.join(" + ") : t("calc:imu.exempt"),
        split: p.ripartizione.length > 1 ? t("calc:imu.groupD", { state: eurosOf(p.ripartizione[0]!.imposta), comune: eurosOf(p.ripartizione[1]!.imposta) }) : null,
        explanation: imuExplanation(properties[i]!, r.detail.result.properties[i]!, r.detail.rates, t, lang),
      };
    }),
    lines: a.righeF24.map((l) => ({ code: l.codiceTributo, acconto: eurosOf(l.acconto), saldo: eurosOf(l.saldo), properties: l.numeroImmobili })),
    total: eurosOf(a.totale),
    acconto: eurosOf(a.acconto),
    saldo: eurosOf(a.saldo),
    accontoDue: formatDate(a.scadenze.acconto, lang),
    saldoDue: formatDate(a.scadenze.saldo, lang),
    belowMinimum: a.sottoMinimo ? t("calc:imu.belowMinimum", { total: eurosOf(a.totale), minimum: eurosOf(a.minimo) }) : null,
    credit: centsOf(a.credito) > 0n ? t("calc:imu.credit", { amount: eurosOf(a.credito) }) : null,
    accontoRates: a.annoAliquoteAcconto === a.anno ? t("calc:imu.accontoSameYear", { previous: a.anno - 1, year: a.anno }) : t("calc:imu.accontoRates", { year: a.annoAliquoteAcconto, current: a.anno }),
    source: t("calc:imu.source", { year: a.anno, source: a.fonteAliquote }),
  };
}

export type ImuResultView = ReturnType<typeof imuResultView>;

async function imuPage(request: Request, values: ImuFormValues, extra: { errors?: FieldMessage[]; result?: ImuResultView | null; notice?: string | null; focus?: string | null } = {}, context?: AppLoadContext) {
  const { t } = await getFixedT(request);
  const errors = extra.errors ?? [];
  return {
    meta: { title: t("calc:imu.title"), description: t("calc:imu.lead"), hasErrors: errors.length > 0 || hadErrors(context) },
    years: await imuYears(),
    values,
    max: MAX_FORM_PROPERTIES,
    // A new key per answer, so the fields (uncontrolled) take the answer's values after a client-side submit.
    stamp: randomUUID(),
    errors,
    notice: extra.notice ?? null,
    /** With JavaScript, where the cursor goes after a property was added or removed. */
    focus: extra.focus ?? null,
    result: extra.result ?? null,
  };
}

export type ImuPageData = Awaited<ReturnType<typeof imuPage>>;

export async function imuCalculatorLoader(request: Request, context?: AppLoadContext) {
  const years = await imuYears();
  const thisYear = new Date().getFullYear();
  const year = years.includes(thisYear) ? thisYear : (years[0] ?? thisYear);
  return imuPage(request, { anno: String(year), immobili: [emptyImuProperty()] }, {}, context);
}

export async function imuCalculatorAction(request: Request, context?: AppLoadContext) {
  const { t, lang } = await getFixedT(request);
  const form = await request.formData();
  const values = readImuForm(form);
  const intent = imuIntent(form.get("intent"));
  if (intent.kind !== "calculate") {
    const next = applyImuIntent(values, intent);
    const notice = next === values ? (intent.kind === "add" ? t("calc:imu.max", { max: MAX_FORM_PROPERTIES }) : null) : t(intent.kind === "add" ? "calc:imu.added" : "calc:imu.removed");
    const at = intent.kind === "add" ? next.immobili.length - 1 : Math.min(intent.index, next.immobili.length - 1);
    return imuPage(request, next, { notice, focus: imuFieldId(at, "tipo") });
  }
  const invalid = async (errors: FieldError[], status: number) => {
    markErrors(context);
    return data(await imuPage(request, values, { errors: fieldMessages(t, errors, imuErrorFieldId, (id) => imuLabel(t, id)) }), { status });
  };
  const parsed = parseImuRequest(imuRequestBody(values), await lastRateYear(db()));
  if (!parsed.ok) return invalid(parsed.errors, 400);
  const result = await calculateImu(db(), parsed.year, parsed.properties);
  if (!result.ok) return invalid([{ field: "anno", code: "no_rates", params: { year: result.year } }], 422);
  return imuPage(request, values, { result: imuResultView(result, values, parsed.properties, t, lang) });
}

// ---------------------------------------------------------------------------------------------
// TARI

async function tariOptions(lang: Language, year: number | null) {
  const range = await tariYearRange(db());
  const years = range ? Array.from({ length: range.last - range.first + 1 }, (_, i) => range.last - i) : [];
  const table = await findTariYear(db(), year && years.includes(year) ? year : (years[0] ?? 0));
  return {
    years,
    // The categories' names are the comune's act's (Italian): the page marks them lang="it" in English.
    categories: (table?.rows ?? []).filter((r) => r.use === "non_domestic").map((r) => ({ key: r.key, label: r.label })),
    categoriesLang: lang === "it" ? null : "it",
    illustrative: table?.row.illustrative === 1,
  };
}

type TariAnswerOk = Extract<Awaited<ReturnType<typeof calculateTari>>, { ok: true }>;

function tariResultView(r: TariAnswerOk, surface: Exact, t: TFunction, lang: Language) {
  const a = r.answer;
  const u = a.utenze[0]!;
  const eurosOf = (x: string) => money(x, lang);
  const res = r.detail.result.accounts[0]!;
  return {
    year: a.anno,
    illustrative: a.tariffeIllustrative,
    days: t("calc:tari.days", { days: u.giorni, yearDays: u.giorniAnno }),
    fixed: eurosOf(u.quotaFissa),
    variable: eurosOf(u.quotaVariabile),
    reduction: centsOf(u.riduzioni) > 0n ? `− ${eurosOf(u.riduzioni)}` : null,
    tari: eurosOf(a.tari),
    tefaLabel: t("calc:tari.tefa", { percent: a.tefaPercentuale.replace(".", lang === "it" ? "," : ".") }),
    tefa: eurosOf(a.tefa),
    total: eurosOf(a.totale),
    explanation: tariExplanation(surface, res, t, lang),
    instalments: a.rate.map((i) => ({
      label: t(`calc:tari.rata.${i.numero}`),
      due: formatDate(i.scadenza, lang),
      tari: eurosOf(i.tari),
      tefa: eurosOf(i.tefa),
      total: eurosOf(i.totale),
      f24: i.righeF24.map((l) => `${l.codiceTributo} ${l.rateazione}: ${eurosOf(l.importo)}`).join("; "),
    })),
    accontoNote: t("calc:tari.accontoNote", { share: r.detail.accontoShare, year: a.annoTariffeAcconto, current: a.anno }),
    belowMinimum: a.sottoMinimo ? t("calc:tari.belowMinimum") : null,
    credit: centsOf(a.credito) > 0n ? t("calc:tari.credit", { amount: eurosOf(a.credito) }) : null,
    source: t("calc:tari.source", { year: a.anno, source: a.fonteTariffe }),
  };
}

export type TariResultView = ReturnType<typeof tariResultView>;

async function tariPage(request: Request, values: TariFormValues, extra: { errors?: FieldMessage[]; result?: TariResultView | null } = {}, context?: AppLoadContext) {
  const { t, lang } = await getFixedT(request);
  const errors = extra.errors ?? [];
  return {
    meta: { title: t("calc:tari.title"), description: t("calc:tari.lead"), hasErrors: errors.length > 0 || hadErrors(context) },
    ...(await tariOptions(lang, /^\d{4}$/.test(values.anno) ? Number(values.anno) : null)),
    values,
    stamp: randomUUID(),
    errors,
    result: extra.result ?? null,
  };
}

export type TariPageData = Awaited<ReturnType<typeof tariPage>>;

export async function tariCalculatorLoader(request: Request, context?: AppLoadContext) {
  const range = await tariYearRange(db());
  const thisYear = new Date().getFullYear();
  const year = range && thisYear >= range.first && thisYear <= range.last ? thisYear : (range?.last ?? thisYear);
  return tariPage(request, { anno: String(year), tipo: "domestica", occupanti: "", categoria: "", superficie: "", dal: "", al: "", riduzione: "" }, {}, context);
}

export async function tariCalculatorAction(request: Request, context?: AppLoadContext) {
  const { t, lang } = await getFixedT(request);
  const values = readTariForm(await request.formData());
  const invalid = async (errors: FieldError[], status: number) => {
    markErrors(context);
    const label = (id: string) => (id === "anno" ? t("calc:common.year") : t(`calc:tari.fields.${id}`));
    return data(await tariPage(request, values, { errors: fieldMessages(t, errors, tariErrorFieldId, label) }), { status });
  };
  const range = await tariYearRange(db());
  const parsed = parseTariRequest(tariRequestBody(values), { from: range?.first ?? 0, to: range?.last ?? 0 });
  if (!parsed.ok) return invalid(parsed.errors, 400);
  const result = await calculateTari(db(), parsed.year, parsed.accounts);
  if (!result.ok) return invalid([{ field: result.reason === "no_tariffs" ? "anno" : "utenze[0].categoria", code: "no_tariffs", params: { year: result.year } }], 422);
  return tariPage(request, values, { result: tariResultView(result, parsed.accounts[0]!.surface, t, lang) });
}

// ---------------------------------------------------------------------------------------------
// The tax office: rates per year

const RATES = "/gestione/tributi/aliquote";

async function staffFor(request: Request): Promise<StaffPrincipal> {
  return (await requireStaff(request, "tax.edit_rates")) as StaffPrincipal;
}

export async function ratesListLoader(request: Request) {
  await staffFor(request);
  const { t, lang } = await getFixedT(request);
  const url = new URL(request.url);
  const years = await listRateYears(db());
  const last = years[0]?.year ?? null;
  const esito = url.searchParams.get("esito");
  return {
    meta: { title: t("calc:rates.title") },
    notice: esito === "esiste" ? t("calc:rates.exists", { year: url.searchParams.get("anno") ?? "" }) : null,
    copyFrom: last,
    years: years.map((y) => ({
      year: y.year,
      imu: y.imu ? `${y.imu.other.replace(".", lang === "it" ? "," : ".")}%` : null,
      tari: y.tari ? t("calc:rates.tariffsCount", { count: y.tari.tariffs }) : null,
      illustrative: y.tari?.illustrative ?? false,
      updated: formatDate([y.imu?.updatedAt, y.tari?.updatedAt].filter((x): x is string => Boolean(x)).sort().at(-1) ?? "", lang, true),
      editable: Boolean(y.imu && y.tari),
    })),
  };
}

export type RatesListData = Awaited<ReturnType<typeof ratesListLoader>>;

export async function ratesListAction(request: Request) {
  const s = await staffFor(request);
  const form = await request.formData();
  await requireCsrf(request, form);
  const from = parseId(form.get("from"));
  if (from === null) throw data({ reason: "bad_request" }, { status: 400 });
  const result = await copyRateYear(db(), from, { kind: "staff", id: s.staff.id }, requestMeta(request));
  if (result.ok) return redirect(`${RATES}/${result.year}?esito=copiato&da=${from}`, 303);
  if (result.reason === "exists") return redirect(`${RATES}?esito=esiste&anno=${from + 1}`, 303);
  notFound();
}

/** The form's values as the rows hold them (decimal comma on the Italian page). */
function valuesOfYear(y: NonNullable<Awaited<ReturnType<typeof findRateYear>>>, lang: Language): YearValues {
  const d = (v: string) => (lang === "it" ? v.replace(".", ",") : v);
  const i = y.imu;
  return {
    imu: {
      main_residence: d(i.main_residence),
      rural_instrumental: d(i.rural_instrumental),
      land: d(i.land),
      group_d: d(i.group_d),
      other: d(i.other),
      building_land: d(i.building_land),
      agreed_rent: d(i.agreed_rent),
      social_housing: d(i.social_housing),
      increase_c755: i.increase_c755 === 1,
      deduction: d(i.deduction),
      minimum_payment: d(i.minimum_payment),
      acconto_due: i.acconto_due,
      saldo_due: i.saldo_due,
      source: i.source,
    },
    tari: {
      tefa: d(y.tari.row.tefa),
      acconto_share: d(y.tari.row.acconto_share),
      acconto_due_1: y.tari.row.acconto_due_1,
      acconto_due_2: y.tari.row.acconto_due_2,
      saldo_due: y.tari.row.saldo_due,
      minimum_payment: d(y.tari.row.minimum_payment),
      source: y.tari.row.source,
      illustrative: y.tari.row.illustrative === 1,
    },
    tariffs: y.tari.rows.map((r) => ({ use: r.use, key: r.key, label: r.label, fixed: d(r.fixed_per_sqm), variable: d(r.variable) })),
  };
}

async function rateYearPage(request: Request, year: number, y: NonNullable<Awaited<ReturnType<typeof findRateYear>>>, values: YearValues | null, errors: RateErrors, context?: AppLoadContext) {
  const { t, lang } = await getFixedT(request);
  const url = new URL(request.url);
  const local = (v: string | number) => (typeof v === "string" && lang === "it" ? v.replace(".", ",") : v);
  const messages = Object.entries(errors).map(([id, e]) => ({ id, message: t(`calc:rates.errors.${e.key}`, Object.fromEntries(Object.entries(e.params ?? {}).map(([k, v]) => [k, local(v)]))) }));
  const label = (id: string) => {
    const c = IMU_CASES.find((x) => x.field === id);
    if (c) return t(`calc:rates.cases.${c.field}`);
    const fixed: Record<string, string> = { deduction: "deduction", minimum_payment: "minimum", acconto_due: "accontoDue", saldo_due: "saldoDue", source: "source", tari_tefa: "tefa", tari_acconto_share: "accontoShare", tari_acconto_due_1: "due1", tari_acconto_due_2: "due2", tari_saldo_due: "due3", tari_minimum_payment: "tariMinimum", tari_source: "source" };
    if (fixed[id]) return `${id.startsWith("tari_") ? "TARI – " : "IMU – "}${t(`calc:rates.${fixed[id]}`)}`;
    const row = (values ?? valuesOfYear(y, lang)).tariffs.find((r) => tariffFieldId(r, "fixed") === id || tariffFieldId(r, "variable") === id);
    return row ? t(id.endsWith("fixed") ? "calc:rates.fixedFor" : "calc:rates.variableFor", { label: row.label }) : id;
  };
  const esito = url.searchParams.get("esito");
  return {
    meta: { title: t("calc:rates.yearTitle", { year }), hasErrors: messages.length > 0 || hadErrors(context) },
    year,
    values: values ?? valuesOfYear(y, lang),
    cases: IMU_CASES.map((c) => ({ field: c.field, limits: t("calc:rates.limits", { min: local(c.min), max: local(c.max), comma: c.comma }) })),
    errors: Object.fromEntries(messages.map((m) => [m.id, m.message])),
    summary: messages.map((m) => ({ href: `#${m.id}`, text: t("calc:common.fieldError", { field: label(m.id), message: m.message }) })),
    notice:
      esito === "salvato"
        ? t("calc:rates.saved", { year, count: Number(url.searchParams.get("cambiati") ?? 0) })
        : esito === "copiato"
          ? t("calc:rates.copied", { year, from: url.searchParams.get("da") ?? year - 1 })
          : null,
    lastUpdate: t("calc:rates.lastUpdate", { at: formatDate([y.imu.updated_at, y.tari.row.updated_at].sort().at(-1)!, lang, true) }),
    stamp: randomUUID(),
  };
}

export type RateYearData = Awaited<ReturnType<typeof rateYearPage>>;

async function yearOf(param: string | undefined) {
  const year = parseId(param ?? null);
  const y = year === null ? null : await findRateYear(db(), year);
  if (year === null || !y) notFound();
  return { year, y };
}

export async function rateYearLoader(request: Request, param: string | undefined, context?: AppLoadContext) {
  await staffFor(request);
  const { year, y } = await yearOf(param);
  return rateYearPage(request, year, y, null, {}, context);
}

export async function rateYearAction(request: Request, param: string | undefined, context?: AppLoadContext) {
  const s = await staffFor(request);
  const form = await request.formData();
  await requireCsrf(request, form);
  const { year, y } = await yearOf(param);
  const saved = await saveRateYear(db(), year, form, { kind: "staff", id: s.staff.id }, requestMeta(request));
  if (!saved.ok && saved.reason === "invalid") {
    markErrors(context);
    return data(await rateYearPage(request, year, y, saved.values, saved.errors, context), { status: 400 });
  }
  if (!saved.ok) notFound();
  return redirect(`${RATES}/${year}?esito=salvato&cambiati=${saved.changed}`, 303);
}
