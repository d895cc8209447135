/**
 * The pagoPA reporting flow (*Flusso di Rendicontazione*, XML `FlussoRiversamento`): the file pagoPA
 * sends the creditor for each transfer a PSP makes, listing the payments it covers (SACI, "Specifiche
 * attuative dei codici identificativi di versamento, riversamento e rendicontazione", §3; the element
 * names as in pagoPA's schema, namespace http://www.digitpa.gov.it/schemas/2011/Pagamenti/).
 *
 * Read through the guarded parse the SAML messages use (no DOCTYPE, entities or processing
 * instructions; size capped), strictly: a flow whose header totals disagree with its payments is
 * refused whole, since nothing in it can be trusted. Pure: no I/O.
 */
import { centsText } from "./exact";
import { child, children, parseSafeXml, SamlParseError, text } from "./saml/dom";

/** Several thousand payments in a flow are a few MB; far below, a parser cannot be made to chew. */
export const MAX_REPORTING_BYTES = 32 * 1024 * 1024;

const NAMESPACES = ["http://www.digitpa.gov.it/schemas/2011/Pagamenti/", "http://www.digitpa.gov.it/schemas/2011/Pagamenti"];

/**
 * codiceEsitoSingoloPagamento: 0 executed; 3 revoked (the payment was given back); 4 executed in
 * stand-in (the node took it while the creditor was unreachable); 8 stand-in without an RPT; 9
 * executed without an RPT (a payment at a counter on a notice, the usual case for "modello 3").
 */
export const EXECUTED_OUTCOMES: readonly number[] = [0, 4, 8, 9];
export const REVOKED_OUTCOME = 3;

export interface ReportedPayment {
  /** 1-based position in the flow, for the report. */
  position: number;
  /** identificativoUnivocoVersamento (IUV). */
  iuv: string;
  /** identificativoUnivocoRiscossione (IUR): the PSP's id of the collection. */
  iur: string;
  /** indiceDatiSingoloPagamento: which transfer of a multi-beneficiary payment (1 when absent). */
  index: number;
  amountCents: bigint;
  outcome: number;
  /** dataEsitoSingoloPagamento. */
  day: string;
}

export interface ReportingFlow {
  flowId: string;
  flowAt: string;
  settlementId: string;
  settlementDay: string;
  sender: { code: string; name: string | null };
  receiver: { code: string; name: string | null };
  count: number;
  totalCents: bigint;
  payments: ReportedPayment[];
}

export interface ReportingError {
  /** Where: the element's name, with the payment's position when inside one. */
  path: string;
  code: string;
  value?: string;
}

export type ReportingParse = { ok: true; flow: ReportingFlow } | { ok: false; errors: ReportingError[] };

/** stImporto: up to two decimals, a dot; the sign is allowed (a revoked payment may be negative). */
export function amountToCents(v: string): bigint | null {
  const m = /^(-?)(\d{1,15})(?:\.(\d{1,2}))?$/.exec(v.trim());
  if (!m) return null;
  const cents = BigInt(m[2]!) * 100n + BigInt((m[3] ?? "").padEnd(2, "0"));
  return m[1] ? -cents : cents;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (v: string) => DAY.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

export function parseReportingFlow(xml: string): ReportingParse {
  let doc: Document;
  try {
    doc = parseSafeXml(xml, { maxBytes: MAX_REPORTING_BYTES, what: "FlussoRiversamento" });
  } catch (error) {
    const code = error instanceof SamlParseError ? { XML_TOO_LARGE: "xml_too_large", XML_DOCTYPE: "xml_doctype", XML_MALFORMED: "xml_malformed" }[error.code] : "xml_malformed";
    return { ok: false, errors: [{ path: "", code }] };
  }
  const root = doc.documentElement;
  const ns = root.namespaceURI ?? "";
  if (root.localName !== "FlussoRiversamento" || !NAMESPACES.includes(ns)) return { ok: false, errors: [{ path: root.localName ?? "", code: "not_a_flow" }] };

  const errors: ReportingError[] = [];
  const field = (el: Element | null, name: string, path = name): string => {
    const v = text(child(el, ns, name));
    if (v === null || v.trim() === "") {
      errors.push({ path, code: "missing" });
      return "";
    }
    return v.trim();
  };
  const optional = (el: Element | null, name: string) => text(child(el, ns, name))?.trim() || null;

  const flowId = field(root, "identificativoFlusso");
  const flowAt = field(root, "dataOraFlusso");
  if (flowAt && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(flowAt)) errors.push({ path: "dataOraFlusso", code: "bad_xml_date", value: flowAt });
  const settlementId = field(root, "identificativoUnivocoRegolamento");
  const settlementDay = field(root, "dataRegolamento");
  if (settlementDay && !isDay(settlementDay)) errors.push({ path: "dataRegolamento", code: "bad_xml_date", value: settlementDay });
  const sender = child(root, ns, "istitutoMittente");
  const receiver = child(root, ns, "istitutoRicevente");
  const senderCode = field(child(sender, ns, "identificativoUnivocoMittente"), "codiceIdentificativoUnivoco", "istitutoMittente");
  const receiverCode = field(child(receiver, ns, "identificativoUnivocoRicevente"), "codiceIdentificativoUnivoco", "istitutoRicevente");
  const countText = field(root, "numeroTotalePagamenti");
  const count = /^\d{1,9}$/.test(countText) ? Number(countText) : null;
  if (countText && count === null) errors.push({ path: "numeroTotalePagamenti", code: "bad_number", value: countText });
  const totalText = field(root, "importoTotalePagamenti");
  const total = totalText ? amountToCents(totalText) : null;
  if (totalText && total === null) errors.push({ path: "importoTotalePagamenti", code: "bad_amount", value: totalText });

  const payments: ReportedPayment[] = [];
  children(root, ns, "datiSingoliPagamenti").forEach((p, i) => {
    const position = i + 1;
    const at = (name: string) => `datiSingoliPagamenti[${position}]/${name}`;
    const before = errors.length;
    const iuv = field(p, "identificativoUnivocoVersamento", at("identificativoUnivocoVersamento"));
    if (iuv.length > 35) errors.push({ path: at("identificativoUnivocoVersamento"), code: "bad_iuv", value: iuv.slice(0, 40) });
    const iur = field(p, "identificativoUnivocoRiscossione", at("identificativoUnivocoRiscossione"));
    const indexText = optional(p, "indiceDatiSingoloPagamento") ?? "1";
    const index = /^[1-5]$/.test(indexText) ? Number(indexText) : null;
    if (index === null) errors.push({ path: at("indiceDatiSingoloPagamento"), code: "bad_number", value: indexText });
    const amountText = field(p, "singoloImportoPagato", at("singoloImportoPagato"));
    const amount = amountText ? amountToCents(amountText) : null;
    if (amountText && amount === null) errors.push({ path: at("singoloImportoPagato"), code: "bad_amount", value: amountText });
    const outcomeText = field(p, "codiceEsitoSingoloPagamento", at("codiceEsitoSingoloPagamento"));
    const outcome = Number(outcomeText);
    if (outcomeText && !(/^\d$/.test(outcomeText) && (EXECUTED_OUTCOMES.includes(outcome) || outcome === REVOKED_OUTCOME)))
      errors.push({ path: at("codiceEsitoSingoloPagamento"), code: "bad_outcome", value: outcomeText });
    const day = field(p, "dataEsitoSingoloPagamento", at("dataEsitoSingoloPagamento"));
    if (day && !isDay(day)) errors.push({ path: at("dataEsitoSingoloPagamento"), code: "bad_xml_date", value: day });
    if (errors.length === before) payments.push({ position, iuv, iur, index: index!, amountCents: amount!, outcome, day });
  });
  if (errors.length) return { ok: false, errors };

  // The header is the PSP's statement of what it transferred: the payments must add up to it.
  if (count !== payments.length) errors.push({ path: "numeroTotalePagamenti", code: "count_mismatch", value: `${count} ≠ ${payments.length}` });
  const sum = payments.reduce((s, p) => s + p.amountCents, 0n);
  if (total !== sum) errors.push({ path: "importoTotalePagamenti", code: "total_mismatch", value: `${totalText} ≠ ${centsText(sum)}` });
  if (payments.length === 0) errors.push({ path: "datiSingoliPagamenti", code: "missing" });
  if (errors.length) return { ok: false, errors };

  return {
    ok: true,
    flow: {
      flowId,
      flowAt,
      settlementId,
      settlementDay,
      sender: { code: senderCode, name: optional(sender, "denominazioneMittente") },
      receiver: { code: receiverCode, name: optional(receiver, "denominazioneRicevente") },
      count: count!,
      totalCents: total!,
      payments,
    },
  };
}

/** The aux-3 notice number a 17-digit IUV belongs to (app/domain/pagopa.ts: notice = 3 + IUV); null for other IUVs. */
export function noticeOfIuv(iuv: string): string | null {
  return /^\d{17}$/.test(iuv) ? `3${iuv}` : null;
}
