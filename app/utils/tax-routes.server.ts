/**
 * The citizen's tax pages (issue 5 §5): thin handlers over app/services/tax-position.server.ts. The
 * loader turns the exact amounts into the text the page shows, every computation spelled out so a
 * citizen or a CAF can check it line by line.
 */
import type { TFunction } from "i18next";
import { effectiveFiscalCode } from "~/domain/principal";
import { todayInItaly } from "~/domain/dates";
import { Exact } from "~/domain/exact";
import { findComune } from "~/models/comune.server";
import { findCitizenByFiscalCode } from "~/models/citizen.server";
import type { CitizenPrincipal } from "~/services/applications.server";
import { nextPaymentOf, noticeSubjects, taxPosition, type YearPosition } from "~/services/tax-position.server";
import type { LateCharge, TaxYearBalance } from "~/domain/tax-position";
import { parseId } from "~/domain/ids";
import { findNotice, type TaxNoticeRow } from "~/models/tax-notice.server";
import { noticeForNextInstalment, noticePlanFor, recordPagoPaPayment, simulatedProvider } from "~/services/payments.server";
import { env } from "./env.server";
import { printedNotice } from "~/domain/pagopa";
import { data, redirect } from "@remix-run/node";
import { requireCitizen, requireCsrf } from "./auth.server";
import { mayActOnTaxes } from "~/services/delegations.server";
import { fileResponse, notFound, requestClock } from "./http.server";
import { requestMeta } from "./request-meta.server";
import { renderImuF24Pdf, renderNoticePdf } from "~/services/tax-documents.server";
import { db } from "./db.server";
import { formatDate, formatMoney, postalAddress } from "./format";
import type { Language } from "./i18n";
import { getFixedT } from "./i18next.server";
import { decimalText, imuExplanation, tariExplanation } from "./tax-explain.server";

const money = (cents: bigint, lang: Language) => formatMoney(Number(cents), lang);

/**
 * The citizen of a tax page. A delegate acting for someone sees and pays their taxes only with a
 * delegation for every service (a delegation for some services does not reach the grantor's taxes).
 */
async function taxCitizen(request: Request, permission: "tax.view_own" | "payment.make_own"): Promise<CitizenPrincipal> {
  const p = (await requireCitizen(request, permission)) as CitizenPrincipal;
  if (p.actingFor && !(await mayActOnTaxes(db(), p.actingFor.delegationId, p.citizen.fiscalCode, todayInItaly()))) {
    throw data({ reason: "not_delegated" }, { status: 403 });
  }
  return p;
}

/** A late instalment with the ravvedimento of paying it today, every part spelled out. */
function lateView(c: LateCharge, t: TFunction, lang: Language) {
  const r = c.ravvedimento;
  return {
    label: t(`tax:position.instalment.${c.instalment.key}`),
    due: formatDate(c.instalment.due, lang),
    tax: money(c.instalment.amount, lang),
    computed: r !== null,
    days: r?.days ?? 0,
    sanction: r ? money(r.sanction, lang) : "",
    sanctionText: r ? t(`tax:late.band.${r.band}`, { days: r.days, rate: `${decimalText(r.sanctionRate.mul(100), lang, 4)}%`, regime: t(`tax:late.regime.${r.regime}`) }) : "",
    interest: r ? money(r.interest, lang) : "",
    interestLines: (r?.interestByYear ?? []).map((i) => t("tax:late.interestLine", { year: i.year, days: i.days, rate: `${decimalText(Exact.decimal(i.rate), lang, 2)}%`, amount: money(i.cents, lang) })),
    total: r ? money(r.total, lang) : money(c.instalment.amount, lang),
  };
}

function balanceView(tax: { balance: TaxYearBalance; lateCharges: LateCharge[] }, year: number, t: TFunction, lang: Language, prefix: "imu" | "tari") {
  const b = tax.balance;
  const pay = nextPaymentOf(tax);
  return {
    status: b.status,
    due: money(b.due, lang),
    paid: money(b.paid, lang),
    balance: money(b.balance > 0n ? b.balance : 0n, lang),
    credit: b.balance < 0n ? money(-b.balance, lang) : null,
    next: b.next ? t("tax:position.next", { label: t(`tax:position.instalment.${b.next.key}`), date: formatDate(b.next.due, lang), amount: money(b.next.amount, lang) }) : null,
    nextAmount: pay ? money(pay.total, lang) : null,
    f24: null as string | null,
    nextKey: b.next?.key ?? null,
    late: b.late > 0n,
    lateCharges: tax.lateCharges.map((c) => lateView(c, t, lang)),
    // Two or more instalments to come (none late): one notice with the single payment and each instalment.
    plan: b.lateInstalments.length === 0 && b.openInstalments.length >= 2 ? `/area-personale/tributi/avvisi/${prefix.toUpperCase()}/${year}` : null,
    key: prefix,
  };
}

function imuView(y: YearPosition, holdings: Awaited<ReturnType<typeof taxPosition>>["holdings"], t: TFunction, lang: Language) {
  const imu = y.imu;
  if (!imu) return null;
  const eur = (e: Exact) => money(e.cents(), lang);
  return {
    ...balanceView(imu, y.year, t, lang, "imu"),
    f24: imu.balance.next ? `/area-personale/tributi/f24/${y.year}` : null,
    instalments: imu.instalments.map((i) => ({ label: t(`tax:position.instalment.${i.key}`), due: formatDate(i.due, lang), amount: money(i.amount, lang) })),
    lines: imu.result.lines.map((l) => ({ code: l.code, acconto: money(l.acconto * 100n, lang), saldo: money(l.saldo * 100n, lang), properties: l.properties })),
    properties: imu.result.properties.map((r, k) => {
      const h = holdings[imu.holdingIndexes[k]!]!;
      const treatment = r.treatment.kind === "exempt" ? `exempt_${r.treatment.why}` : r.treatment.kind;
      const dec = (v: string | null) => (v === null ? null : Exact.decimal(v));
      const property = { kind: h.kind, category: h.category, rendita: dec(h.rendita), redditoDominicale: dec(h.redditoDominicale), share: Exact.decimal(h.share), reduction: h.reduction };
      return {
        address: h.address,
        cadastral: [h.category, h.foglio && `fg. ${h.foglio}`, h.particella && `part. ${h.particella}`, h.subalterno && `sub. ${h.subalterno}`].filter(Boolean).join(", "),
        treatment: t(`tax:position.treatment.${treatment}`),
        months: r.months,
        tax: eur(r.annual),
        explanation: imuExplanation(property, r, imu.rates, t, lang),
      };
    }),
  };
}

function tariView(y: YearPosition, accounts: Awaited<ReturnType<typeof taxPosition>>["accounts"], t: TFunction, lang: Language) {
  const tari = y.tari;
  if (!tari) return null;
  return {
    ...balanceView(tari, y.year, t, lang, "tari"),
    illustrative: tari.illustrative,
    instalments: tari.instalments.map((i) => ({ label: t(`tax:position.instalment.${i.key}`), due: formatDate(i.due, lang), amount: money(i.amount, lang) })),
    accounts: tari.result.accounts.map((r, k) => {
      const a = accounts[tari.accountIndexes[k]!]!;
      return {
        address: a.address,
        kind: a.use === "domestic" ? t("tax:position.domestic", { count: a.occupants ?? 1 }) : t("tax:position.nonDomestic", { category: a.category ?? 0 }),
        days: r.days,
        total: money(r.tari.cents() + r.tefa.cents(), lang),
        explanation: tariExplanation(Exact.decimal(a.surface), r, t, lang),
      };
    }),
  };
}

export async function positionLoader(request: Request) {
  const p = await taxCitizen(request, "tax.view_own");
  const { t, lang } = await getFixedT(request);
  const today = todayInItaly();
  const [position, comune] = await Promise.all([taxPosition(db(), effectiveFiscalCode(p), today), findComune(db(), "it")]);
  const esito = new URL(request.url).searchParams.get("esito");
  return {
    meta: { title: t("tax:position.title") },
    notice: esito === "pagato" || esito === "annullato" || esito === "niente" ? esito : null,
    actingFor: p.actingFor ? (p.actingFor.grantorName ?? p.actingFor.grantorFiscalCode) : null,
    open: money(position.open, lang),
    late: position.late > 0n ? money(position.late, lang) : null,
    hasOpen: position.open > 0n,
    empty: position.years.length === 0,
    ente: comune?.codice_catastale ?? "",
    illustrative: position.years.some((y) => y.tari?.illustrative),
    years: position.years.map((y) => ({
      year: y.year,
      imu: imuView(y, position.holdings, t, lang),
      tari: tariView(y, position.accounts, t, lang),
      payments: y.payments.map((pay) => ({ id: pay.id, date: formatDate(pay.paid_on, lang), tax: pay.tax, channel: pay.channel, amount: money(Exact.decimal(pay.amount).cents(), lang), reference: pay.reference ?? "" })),
    })),
  };
}

export type PositionData = Awaited<ReturnType<typeof positionLoader>>;

/** What a notice says it is for (AVVISO.OGGETTO): tax, year, instalment, and the ravvedimento when late. */
const noticeDescription = (t: TFunction, tax: "IMU" | "TARI", year: number) => (key: string, late: boolean) =>
  t(late ? "tax:notice.descriptionLate" : "tax:notice.description", { tax, year, instalment: t(`tax:position.instalment.${key}`) });

/** "Paga con pagoPA" on a tax and year: the notice for the next instalment, then the provider's checkout. */
export async function positionAction(request: Request) {
  const p = await taxCitizen(request, "payment.make_own");
  const form = await request.formData();
  await requireCsrf(request, form);
  const tax = form.get("tax");
  const year = parseId(form.get("year"));
  if ((tax !== "IMU" && tax !== "TARI") || year === null) throw data({ reason: "bad_request" }, { status: 400 });
  const { t } = await getFixedT(request);
  const clock = requestClock();
  const result = await noticeForNextInstalment(
    db(),
    { fiscalCode: effectiveFiscalCode(p), tax, year, segregation: env().PAGOPA_SEGREGATION_CODE, description: noticeDescription(t, tax, year) },
    clock.today,
    clock.now,
  );
  if (!result.ok) return redirect("/area-personale/tributi?esito=niente", 303);
  return redirect(simulatedProvider.checkoutUrl(result.notice), 303);
}

/** The notice of the URL if it is the citizen's own (or the grantor's, for a delegate); 404 otherwise. */
async function ownNotice(request: Request, param: string | undefined) {
  const p = await taxCitizen(request, "payment.make_own");
  const notice = param && /^\d{18}$/.test(param) ? await findNotice(db(), param) : undefined;
  if (!notice || notice.fiscal_code !== effectiveFiscalCode(p)) notFound();
  return { notice, p };
}

/** What the simulated checkout shows of a notice (a tax's, or an application's fee). */
export function checkoutView(notice: TaxNoticeRow, t: TFunction, lang: Language) {
  return {
    meta: { title: t("tax:checkout.title") },
    number: printedNotice(notice.notice_number),
    description: notice.description,
    amount: money(BigInt(notice.amount_cents), lang),
    due: formatDate(notice.due_on, lang),
    paid: notice.state === "paid",
    // The single payment and the instalments are alternatives: once one is paid the other closes.
    closed: notice.state === "cancelled" ? t("tax:checkout.cancelled") : (null as string | null),
    pdf: `/area-personale/tributi/avviso/${notice.notice_number}`,
  };
}

/** The simulated checkout (demo only: the page says so). */
export async function simulatedCheckoutLoader(request: Request, param: string | undefined) {
  const { notice } = await ownNotice(request, param);
  const { t, lang } = await getFixedT(request);
  return checkoutView(notice, t, lang);
}

export async function simulatedCheckoutAction(request: Request, param: string | undefined) {
  const { notice } = await ownNotice(request, param);
  const form = await request.formData();
  await requireCsrf(request, form);
  if (form.get("intent") !== "pay") return redirect("/area-personale/tributi?esito=annullato", 303);
  await recordPagoPaPayment(db(), notice.notice_number, { provider: simulatedProvider.name, at: requestClock().now }, requestMeta(request));
  return redirect("/area-personale/tributi?esito=pagato", 303);
}

export type CheckoutData = Awaited<ReturnType<typeof simulatedCheckoutLoader>>;

async function creditorAndPerson(p: CitizenPrincipal) {
  const comune = await findComune(db(), "it");
  const creditor = {
    name: comune?.name ?? "",
    fiscalCode: comune?.codice_fiscale ?? "",
    address: comune ? postalAddress(comune) : "",
    pec: comune?.pec ?? null,
    codiceCatastale: comune?.codice_catastale ?? "",
    cbill: env().PAGOPA_CBILL ?? "",
  };
  // A delegate prints the grantor's names as the grantor's own login recorded them.
  const grantor = p.actingFor ? await findCitizenByFiscalCode(db(), p.actingFor.grantorFiscalCode) : null;
  const person = p.actingFor
    ? { fiscalCode: p.actingFor.grantorFiscalCode, givenName: grantor?.given_name ?? "", familyName: grantor?.family_name ?? p.actingFor.grantorName ?? "" }
    : { fiscalCode: p.citizen.fiscalCode, givenName: p.citizen.givenName, familyName: p.citizen.familyName };
  const who = { name: `${person.givenName} ${person.familyName}`.trim() || person.fiscalCode, fiscalCode: person.fiscalCode };
  return { creditor, who, person };
}

/** The properties or waste accounts a notice pays for, one line each, as its PDF prints them. */
async function noticeDetails(fiscalCode: string, tax: "IMU" | "TARI", year: number, t: TFunction): Promise<string[]> {
  const subjects = noticeSubjects(await taxPosition(db(), fiscalCode, todayInItaly()), tax, year);
  return subjects.map((s) => (s.category ? t("tax:documents.notice.property", { address: s.address, category: s.category, share: s.share }) : t("tax:documents.notice.account", { address: s.address })));
}

/** GET …/tributi/avviso/:notice — the pagoPA notice as a tagged PDF (the citizen's own notices only). */
export async function noticePdfLoader(request: Request, param: string | undefined) {
  const { notice, p } = await ownNotice(request, param);
  const { t, lang } = await getFixedT(request);
  const { creditor, who } = await creditorAndPerson(p);
  const details = notice.tax === "IMU" || notice.tax === "TARI" ? await noticeDetails(notice.fiscal_code, notice.tax, notice.year, t) : [];
  const pdf = await renderNoticePdf(notice, who, creditor, (c) => money(c, lang), (d) => formatDate(d, lang), t, lang, [], details);
  return fileResponse(pdf, "application/pdf", `avviso-${notice.notice_number}.pdf`, false);
}

/** GET …/tributi/f24/:year — the prefilled F24 of the next open IMU instalment of that year. */
export async function imuF24Loader(request: Request, param: string | undefined) {
  const p = await taxCitizen(request, "tax.view_own");
  const year = parseId(param ?? null);
  if (year === null) notFound();
  const position = await taxPosition(db(), effectiveFiscalCode(p), todayInItaly());
  const imu = position.years.find((y) => y.year === year)?.imu;
  if (!imu) notFound();
  const { t, lang } = await getFixedT(request);
  const { creditor, person } = await creditorAndPerson(p);
  const pdf = await renderImuF24Pdf(year, imu, person, creditor, (c) => money(c, lang), (d) => formatDate(d, lang), t, lang);
  if (!pdf) notFound();
  return fileResponse(pdf, "application/pdf", `f24-imu-${year}.pdf`, false);
}

/**
 * GET …/tributi/avvisi/:tax/:year — the pagoPA notice of a year's instalments still to come: the single
 * payment and one portion per instalment (the notices are made, or the open ones reused, on the way).
 */
export async function noticePlanPdfLoader(request: Request, taxParam: string | undefined, yearParam: string | undefined) {
  const p = await taxCitizen(request, "payment.make_own");
  const year = parseId(yearParam ?? null);
  if ((taxParam !== "IMU" && taxParam !== "TARI") || year === null) notFound();
  const { t, lang } = await getFixedT(request);
  const clock = requestClock();
  const plan = await noticePlanFor(
    db(),
    { fiscalCode: effectiveFiscalCode(p), tax: taxParam, year, segregation: env().PAGOPA_SEGREGATION_CODE, description: noticeDescription(t, taxParam, year) },
    clock.today,
    clock.now,
  );
  if (!plan.ok) notFound();
  const { creditor, who } = await creditorAndPerson(p);
  const details = await noticeDetails(effectiveFiscalCode(p), taxParam, year, t);
  const pdf = await renderNoticePdf(plan.single, who, creditor, (c) => money(c, lang), (d) => formatDate(d, lang), t, lang, plan.instalments, details);
  return fileResponse(pdf, "application/pdf", `avviso-${taxParam.toLowerCase()}-${year}.pdf`, false);
}
