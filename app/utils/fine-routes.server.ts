/**
 * The traffic fine pages (issue 5 §7): the public lookup by report number and plate, the fine with its
 * bands, the public simulated checkout and the notice PDF, and the citizen's own fines. Thin handlers
 * over app/services/fines.server.ts.
 *
 * The public pages hold no session: the report number and the plate travel in the query of every
 * request (lookup, pay, checkout, PDF) and are checked each time, so a bare notice number never shows
 * anyone's fine; wrong pairs are throttled per address (the service).
 */
import { data, redirect } from "@remix-run/node";
import type { TFunction } from "i18next";
import { todayInItaly } from "~/domain/dates";
import { normalizePlate, normalizeReportNumber } from "~/domain/fines";
import { findComune } from "~/models/comune.server";
import type { TrafficFineRow } from "~/models/traffic-fine.server";
import type { CitizenPrincipal } from "~/services/applications.server";
import { fineStatus, finesOfOwner, lookupFine, noticeForFine, noticeOfFine } from "~/services/fines.server";
import { recordPagoPaPayment, simulatedProvider } from "~/services/payments.server";
import { env } from "./env.server";
import { checkoutView } from "./tax-routes.server";
import { renderNoticePdf } from "~/services/tax-documents.server";
import { requireCitizen, requireCsrfIfSignedIn } from "./auth.server";
import { db } from "./db.server";
import { formatDate, formatMoney, postalAddress } from "./format";
import { fileResponse, notFound, requestClock } from "./http.server";
import type { Language } from "./i18n";
import { getFixedT } from "./i18next.server";
import { requestMeta } from "./request-meta.server";
import { mayActOnTaxes } from "~/services/delegations.server";

const LOOKUP = "/multe";
const money = (cents: bigint, lang: Language) => formatMoney(Number(cents), lang);

/** The proof a public request carries: `?verbale=…&targa=…`. */
export function proofQuery(fine: Pick<TrafficFineRow, "report_number" | "plate">): string {
  return `verbale=${encodeURIComponent(fine.report_number)}&targa=${encodeURIComponent(fine.plate)}`;
}

function proofOf(url: URL): { reportNumber: string; plate: string } {
  return { reportNumber: url.searchParams.get("verbale") ?? "", plate: url.searchParams.get("targa") ?? "" };
}

/** The fine a public request proves (report number + plate in the query); 404 or 429 otherwise. */
async function provenFine(request: Request): Promise<TrafficFineRow> {
  const proof = proofOf(new URL(request.url));
  if (!proof.reportNumber.trim() || !proof.plate.trim()) notFound();
  const found = await lookupFine(db(), proof, requestMeta(request), new Date());
  if (!found.ok) {
    if (found.reason === "throttled") throw data({ reason: "throttled" }, { status: 429 });
    notFound();
  }
  return found.fine;
}

/** A visitor has no session to forge (the server checks Origin); anyone logged in sends the token. */
const checkCsrf = requireCsrfIfSignedIn;

/** Links to the desk's forms with the fine's data: only fields the form declares prefillable take them. */
function formLink(slug: string, fine: TrafficFineRow): string {
  const [y, m, d] = fine.notified_on.split("-");
  const q = new URLSearchParams({ "prefill[fineNumber]": fine.report_number, "prefill[plate]": fine.plate, "prefill[notificationDate]": `${d}/${m}/${y}` });
  return `/area-personale/domande/nuova/${slug}?${q.toString()}`;
}

function fineView(fine: TrafficFineRow, t: TFunction, lang: Language, today: string) {
  const { payable, due } = fineStatus(fine, today);
  const paid = BigInt(fine.paid_cents);
  const current = due.current;
  const remaining = current.total - paid;
  const dayAfter = (iso: string) => formatDate(new Date(Date.parse(`${iso}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10), lang);
  const parts = { sanction: money(current.sanction, lang), costs: money(current.costs, lang), total: money(current.total, lang) };
  return {
    id: fine.id,
    report: fine.report_number,
    plate: fine.plate,
    when: formatDate(fine.violated_at, lang, true),
    place: fine.place,
    article: fine.article,
    description: lang === "en" ? fine.description_en : fine.description_it,
    notified: formatDate(fine.notified_on, lang),
    points: fine.points > 0 ? t("fines:fine.pointsValue", { count: fine.points }) : t("fines:fine.noPoints"),
    noReduction: fine.no_reduction === 1,
    state: fine.state,
    stateText: t(`fines:fine.state.${fine.state}`),
    payable: payable && remaining > 0n,
    today: payable ? t(`fines:fine.today.${current.key}`, { ...parts, until: current.until ? formatDate(current.until, lang) : "" }) : null,
    next: payable && due.next && current.until ? t(`fines:fine.next.${due.next.key}`, { from: dayAfter(current.until), total: money(due.next.total, lang) }) : null,
    paidAlready: payable && paid > 0n ? t("fines:fine.paidAlready", { paid: money(paid, lang) }) : null,
    payAmount: money(remaining > 0n ? remaining : 0n, lang),
    payUntil: current.until ? formatDate(current.until, lang) : null,
    paidText: fine.state === "paid" ? t("fines:fine.paidText", { amount: money(paid, lang), date: fine.paid_at ? formatDate(fine.paid_at, lang) : "" }) : null,
    bands: due.bands.map((b) => ({
      key: b.key,
      label: t(`fines:fine.band.${b.key}`),
      until: b.until ? formatDate(b.until, lang) : t("fines:fine.noEnd"),
      sanction: money(b.sanction, lang),
      costs: money(b.costs, lang),
      total: money(b.total, lang),
      current: payable && b.key === current.key,
    })),
    driverForm: fine.points > 0 ? formLink("multe-dati-conducente", fine) : null,
    appealForm: payable ? formLink("multe-ricorso", fine) : null,
    proof: proofQuery(fine),
  };
}

export type FineView = ReturnType<typeof fineView>;

const OUTCOMES = ["pagato", "annullato", "niente"] as const;

/** GET /multe — the empty form, errors (400/404/429, values kept) or the fine found. */
export async function lookupLoader(request: Request) {
  const { t, lang } = await getFixedT(request);
  const url = new URL(request.url);
  const asked = url.searchParams.has("verbale") || url.searchParams.has("targa");
  const values = proofOf(url);
  const base = { values, fine: null as FineView | null, outcome: null as string | null };
  const page = (errors: { field: string; text: string }[], status: number) => {
    return data({ meta: { title: t("fines:lookup.title"), hasErrors: true }, ...base, errors }, { status });
  };
  if (!asked) return data({ meta: { title: t("fines:lookup.title"), hasErrors: false }, ...base, errors: [] as { field: string; text: string }[] });
  const errors: { field: string; text: string }[] = [];
  if (!values.reportNumber.trim()) errors.push({ field: "verbale", text: t("fines:lookup.errors.reportRequired") });
  const plate = normalizePlate(values.plate);
  if (!plate) errors.push({ field: "targa", text: t("fines:lookup.errors.plateRequired") });
  else if (!/^[A-Z0-9]{5,10}$/.test(plate)) errors.push({ field: "targa", text: t("fines:lookup.errors.plateFormat") });
  if (errors.length) return page(errors, 400);
  const found = await lookupFine(db(), { reportNumber: normalizeReportNumber(values.reportNumber), plate }, requestMeta(request), new Date());
  if (!found.ok) return page([{ field: "verbale", text: t(`fines:lookup.errors.${found.reason === "throttled" ? "throttled" : "notFound"}`) }], found.reason === "throttled" ? 429 : 404);
  const outcome = url.searchParams.get("esito");
  return data({
    meta: { title: t("fines:fine.heading", { report: found.fine.report_number }) },
    values,
    fine: fineView(found.fine, t, lang, todayInItaly()),
    outcome: OUTCOMES.find((o) => o === outcome) ?? null,
    errors: [] as { field: string; text: string }[],
  });
}

export type LookupData = Awaited<ReturnType<typeof lookupLoader>>["data"];

/** POST /multe?verbale=…&targa=… "Paga con pagoPA": the notice of today's band, then the checkout. */
export async function lookupAction(request: Request) {
  const fine = await provenFine(request);
  const form = await request.formData();
  await checkCsrf(request, form);
  if (form.get("intent") !== "pay") throw data({ reason: "bad_request" }, { status: 400 });
  const { t, lang } = await getFixedT(request);
  const clock = requestClock();
  const result = await noticeForFine(
    db(),
    fine,
    {
      segregation: env().PAGOPA_SEGREGATION_CODE,
      description: (band) => t("fines:notice.description", { report: fine.report_number, plate: fine.plate, date: formatDate(fine.violated_at, lang), band: t(`fines:notice.band.${band}`) }),
    },
    clock.today,
    clock.now,
  );
  if (!result.ok) return redirect(`${LOOKUP}?${proofQuery(fine)}&esito=niente`, 303);
  return redirect(`${simulatedProvider.checkoutUrl(result.notice)}?${proofQuery(fine)}`, 303);
}

async function provenNotice(request: Request, param: string | undefined) {
  const fine = await provenFine(request);
  const notice = param ? await noticeOfFine(db(), fine, param) : undefined;
  if (!notice) notFound();
  return { fine, notice };
}

/** GET /multe/pagamento-simulato/:notice — the demo's checkout, public (the proof in the query). */
export async function fineCheckoutLoader(request: Request, param: string | undefined) {
  const { fine, notice } = await provenNotice(request, param);
  const { t, lang } = await getFixedT(request);
  const back = `${LOOKUP}?${proofQuery(fine)}`;
  const expired = notice.state === "open" && notice.due_on < todayInItaly();
  return {
    ...checkoutView(notice, t, lang),
    meta: { title: t("fines:checkout.title") },
    title: t("fines:checkout.title"),
    pdf: `/multe/avviso/${notice.notice_number}?${proofQuery(fine)}`,
    crumbs: [{ label: t("fines:lookup.title"), to: LOOKUP }, { label: t("fines:fine.heading", { report: fine.report_number }), to: back }, { label: t("fines:checkout.title") }],
    back: { to: back, label: t("fines:checkout.back"), cancel: t("fines:checkout.cancel") },
    closed: expired ? t("fines:checkout.expired", { date: formatDate(notice.due_on, lang) }) : null,
  };
}

export async function fineCheckoutAction(request: Request, param: string | undefined) {
  const { fine, notice } = await provenNotice(request, param);
  const form = await request.formData();
  await checkCsrf(request, form);
  const back = `${LOOKUP}?${proofQuery(fine)}`;
  if (form.get("intent") !== "pay") return redirect(`${back}&esito=annullato`, 303);
  // A notice past its band is not paid here: its amount is no longer today's (the page says so).
  if (notice.state === "open" && notice.due_on < todayInItaly()) {
    const here = new URL(request.url);
    return redirect(`${here.pathname}${here.search}`, 303);
  }
  await recordPagoPaPayment(db(), notice.notice_number, { provider: simulatedProvider.name, at: requestClock().now }, requestMeta(request));
  return redirect(`${back}&esito=pagato`, 303);
}

/** GET /multe/avviso/:notice — the fine's pagoPA notice as a tagged PDF (the proof in the query). */
export async function fineNoticePdfLoader(request: Request, param: string | undefined) {
  const { fine, notice } = await provenNotice(request, param);
  const { t, lang } = await getFixedT(request);
  const comune = await findComune(db(), "it");
  const creditor = { name: comune?.name ?? "", fiscalCode: comune?.codice_fiscale ?? "", address: comune ? postalAddress(comune) : "", pec: comune?.pec ?? null, codiceCatastale: comune?.codice_catastale ?? "", cbill: env().PAGOPA_CBILL ?? "" };
  const who = { name: fine.owner_name, fiscalCode: fine.owner_fiscal_code ?? "" };
  const pdf = await renderNoticePdf(notice, who, creditor, (c) => money(c, lang), (d) => formatDate(d, lang), t, lang);
  return fileResponse(pdf, "application/pdf", `avviso-multa-${notice.notice_number}.pdf`, false);
}

/** GET /area-personale/multe — the fines of the vehicles the citizen owns (by codice fiscale). */
export async function ownFinesLoader(request: Request) {
  const p = (await requireCitizen(request, "tax.view_own")) as CitizenPrincipal;
  const { t, lang } = await getFixedT(request);
  const today = todayInItaly();
  // A delegate sees the grantor's fines with the same delegation that reaches their taxes.
  if (p.actingFor && !(await mayActOnTaxes(db(), p.actingFor.delegationId, p.citizen.fiscalCode, today))) throw data({ reason: "not_delegated" }, { status: 403 });
  const fiscalCode = p.actingFor?.grantorFiscalCode ?? p.citizen.fiscalCode;
  const fines = await finesOfOwner(db(), fiscalCode);
  return {
    meta: { title: t("fines:own.title") },
    fines: fines.map((f) => {
      const v = fineView(f, t, lang, today);
      return { id: f.id, report: v.report, plate: v.plate, date: formatDate(f.violated_at, lang), state: v.stateText, amount: v.payable ? v.payAmount : "—", href: `${LOOKUP}?${v.proof}` };
    }),
  };
}

export type OwnFinesData = Awaited<ReturnType<typeof ownFinesLoader>>;
