/**
 * Fees on applications (issue 5 §6): what the citizen's and the office's case pages show of them, and
 * the simulated checkout of a fee notice (the same page as the taxes', going back to the application).
 */
import type { TFunction } from "i18next";
import { redirect } from "@remix-run/node";
import { todayInItaly } from "~/domain/dates";
import { parseId } from "~/domain/ids";
import { printedNotice } from "~/domain/pagopa";
import type { TaxNoticeRow } from "~/models/tax-notice.server";
import { applicationPath, type CitizenPrincipal, findOwnApplication } from "~/services/applications.server";
import { feeNoticesOf } from "~/services/fees.server";
import { recordPagoPaPayment, simulatedProvider } from "~/services/payments.server";
import { requireCitizen, requireCsrf } from "./auth.server";
import { db } from "./db.server";
import { formatDate, formatMoney } from "./format";
import { getFixedT } from "./i18next.server";
import { notFound, requestClock } from "./http.server";
import { requestMeta } from "./request-meta.server";
import { checkoutView } from "./tax-routes.server";

function noticeView(n: TaxNoticeRow, t: TFunction, lang: string) {
  return {
    number: printedNotice(n.notice_number),
    reason: n.description,
    amount: formatMoney(n.amount_cents, lang),
    due: formatDate(n.due_on, lang),
    open: n.state === "open",
    state: n.state === "open" ? t("taxoffice:fee.states.open") : t("taxoffice:fee.states.paid", { date: formatDate(n.paid_at ?? n.created_at, lang) }),
    checkout: n.state === "open" ? simulatedProvider.checkoutUrl(n) : null,
    pdf: `/area-personale/tributi/avviso/${n.notice_number}`,
  };
}

export type FeeNoticeView = ReturnType<typeof noticeView>;

/** The fee notices of an application as its case pages show them (the office's and the citizen's). */
export async function feesOfCase(applicationId: number, t: TFunction, lang: string, url?: URL) {
  const notices = (await feeNoticesOf(db(), applicationId)).map((n) => noticeView(n, t, lang));
  const esito = url?.searchParams.get("pagamento");
  return { notices, outcome: esito === "pagato" || esito === "annullato" ? esito : null };
}

export type FeesOfCase = Awaited<ReturnType<typeof feesOfCase>>;

/** The application and its fee notice of the URL, if both are the citizen's (or their grantor's); 404 otherwise. */
async function ownFeeNotice(request: Request, idParam: string | undefined, noticeParam: string | undefined) {
  const p = (await requireCitizen(request, "payment.make_own")) as CitizenPrincipal;
  const id = parseId(idParam);
  if (id === null || !noticeParam || !/^\d{18}$/.test(noticeParam)) notFound();
  const row = await findOwnApplication(db(), id, p, todayInItaly());
  const notice = row ? (await feeNoticesOf(db(), row.id)).find((n) => n.notice_number === noticeParam) : undefined;
  if (!row || !notice) notFound();
  return { row, notice };
}

/** The simulated checkout of a fee (demo only: the page says so), answering like the taxes' one. */
export async function feeCheckoutLoader(request: Request, idParam: string | undefined, noticeParam: string | undefined) {
  const { row, notice } = await ownFeeNotice(request, idParam, noticeParam);
  const { t, lang } = await getFixedT(request);
  return {
    ...checkoutView(notice, t, lang),
    meta: { title: t("taxoffice:fee.checkoutTitle") },
    title: t("taxoffice:fee.checkoutTitle"),
    crumbs: [
      { label: t("translation:personalArea.title"), to: "/area-personale" },
      { label: t("desk:list.title"), to: "/area-personale/domande" },
      { label: t("taxoffice:fee.checkoutTitle") },
    ],
    back: { to: applicationPath(row.id), label: t("taxoffice:fee.back"), cancel: t("taxoffice:fee.cancel") },
  };
}

export async function feeCheckoutAction(request: Request, idParam: string | undefined, noticeParam: string | undefined) {
  const { row, notice } = await ownFeeNotice(request, idParam, noticeParam);
  const form = await request.formData();
  await requireCsrf(request, form);
  if (form.get("intent") !== "pay") return redirect(`${applicationPath(row.id)}?pagamento=annullato#pagamenti`, 303);
  await recordPagoPaPayment(db(), notice.notice_number, { provider: simulatedProvider.name, at: requestClock().now }, requestMeta(request));
  return redirect(`${applicationPath(row.id)}?pagamento=pagato#pagamenti`, 303);
}
