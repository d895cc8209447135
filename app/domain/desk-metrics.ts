/**
 * The indicators the desk measures by itself (issue 6 §4, keys of DESK_METRICS in db/seed/data/piao.ts),
 * computed from plain rows. Pure: no I/O; days are Italian calendar days (YYYY-MM-DD) the service
 * derives from the stored instants. Every measured value is decimal text (exact, rounded half-up to
 * two decimals where it is a ratio), and `null` when there is nothing to measure yet — the service
 * then records nothing rather than a made-up zero.
 *
 * Periods: the plan's targets are per year and the measurement that counts for a year is the latest
 * one measured in it, so the yearly figures cover the calendar year of the measurement day; the
 * "per service and month" figure covers the measurement day's month.
 */
import { centsText, Exact } from "./exact";

export type DeskMetricKey =
  | "online-applications-per-service-month"
  | "online-vs-counter-share"
  | "processing-time-vs-deadline"
  | "citizen-satisfaction"
  | "pagopa-payments"
  | "accessibility-check";

export const DESK_METRIC_KEYS: readonly DeskMetricKey[] = [
  "online-applications-per-service-month",
  "online-vs-counter-share",
  "processing-time-vs-deadline",
  "citizen-satisfaction",
  "pagopa-payments",
  "accessibility-check",
];

export interface DeskMetricInputs {
  /** The measurement day (Italy). */
  today: string;
  /** Applications submitted through the desk: service slug and the day submitted. */
  online: readonly { service: string; submittedOn: string }[];
  /** Applications received at the counter, phone, e-mail or PEC, as recorded by staff. */
  counter: readonly { service: string; receivedOn: string }[];
  /**
   * Applications an operator filled in the desk with a citizen at the counter or on the phone (issue 7
   * §7): they are in the desk's database but were NOT made online, so they count with the counter.
   */
  assisted?: readonly { service: string; submittedOn: string }[];
  /** Applications decided (accepted or rejected): days submitted and concluded, and the legal term. */
  concluded: readonly { submittedOn: string; concludedOn: string; dueOn: string | null }[];
  /** Ratings (1-5) given with the page rating component, with their day. */
  ratings: readonly { rating: number; ratedOn: string }[];
  /** Days pagoPA notices were paid. */
  paidOn: readonly string[];
  /** The last automated accessibility run, or null when none is recorded. */
  accessibility: { checkedOn: string; states: number; violations: number } | null;
}

export interface MonthCount {
  service: string;
  /** YYYY-MM. */
  month: string;
  count: number;
}

export interface DeskMetricValue {
  key: DeskMetricKey;
  /** Decimal text; null when nothing can be measured yet. */
  value: string | null;
  /** The day the value refers to. */
  measuredOn: string;
  /** How it was obtained, in each language (becomes the update's comment). */
  detail: { it: string; en: string };
}

const year = (day: string) => day.slice(0, 4);
const month = (day: string) => day.slice(0, 7);

/** Whole days between two ISO days (calendar days, no time of day). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Rounded half-up to two decimals, as text ("12.35", "0.00"). */
export function twoDecimals(x: Exact): string {
  return centsText(x.cents());
}

/** Online applications counted per service and month, sorted by month then service. */
export function onlinePerServiceMonth(online: DeskMetricInputs["online"]): MonthCount[] {
  const counts = new Map<string, MonthCount>();
  for (const a of online) {
    const k = `${month(a.submittedOn)} ${a.service}`;
    const c = counts.get(k) ?? { service: a.service, month: month(a.submittedOn), count: 0 };
    c.count++;
    counts.set(k, c);
  }
  return [...counts.values()].sort((a, b) => a.month.localeCompare(b.month) || a.service.localeCompare(b.service));
}

/** Percentage of `part` over `whole`, two decimals; null when the whole is zero. */
function percent(part: number, whole: number): string | null {
  return whole === 0 ? null : twoDecimals(Exact.of(part * 100, whole));
}

export interface ProcessingTime {
  count: number;
  /** Average calendar days from submission to conclusion, two decimals. */
  averageDays: string | null;
  /** Sum of the days taken over the sum of the legal terms, in percent (applications with a term). */
  percentOfDeadline: string | null;
  /** Share of the applications with a term concluded by it, in percent. */
  withinDeadline: string | null;
  withTerm: number;
}

export function processingTime(concluded: DeskMetricInputs["concluded"]): ProcessingTime {
  let days = 0;
  let termDays = 0;
  let takenWithTerm = 0;
  let withTerm = 0;
  let onTime = 0;
  for (const c of concluded) {
    const taken = daysBetween(c.submittedOn, c.concludedOn);
    days += taken;
    if (c.dueOn) {
      withTerm++;
      takenWithTerm += taken;
      termDays += daysBetween(c.submittedOn, c.dueOn);
      if (c.concludedOn <= c.dueOn) onTime++;
    }
  }
  return {
    count: concluded.length,
    averageDays: concluded.length ? twoDecimals(Exact.of(days, concluded.length)) : null,
    percentOfDeadline: termDays > 0 ? twoDecimals(Exact.of(takenWithTerm * 100, termDays)) : null,
    withinDeadline: percent(onTime, withTerm),
    withTerm,
  };
}

export function computeDeskMetrics(input: DeskMetricInputs): DeskMetricValue[] {
  const { today } = input;
  const y = year(today);
  const m = month(today);
  const out: DeskMetricValue[] = [];

  const thisMonth = onlinePerServiceMonth(input.online).filter((r) => r.month === m);
  const monthTotal = thisMonth.reduce((s, r) => s + r.count, 0);
  const perService = thisMonth.map((r) => `${r.service}: ${r.count}`).join("; ");
  out.push({
    key: "online-applications-per-service-month",
    value: String(monthTotal),
    measuredOn: today,
    detail: {
      it: `Istanze presentate online nel mese ${m}: ${monthTotal}${perService ? ` (per servizio: ${perService})` : ""}.`,
      en: `Applications submitted online in ${m}: ${monthTotal}${perService ? ` (per service: ${perService})` : ""}.`,
    },
  });

  const onlineYear = input.online.filter((a) => year(a.submittedOn) === y).length;
  const recordedYear = input.counter.filter((a) => year(a.receivedOn) === y).length;
  const assistedYear = (input.assisted ?? []).filter((a) => year(a.submittedOn) === y).length;
  const counterYear = recordedYear + assistedYear;
  out.push({
    key: "online-vs-counter-share",
    value: percent(onlineYear, onlineYear + counterYear),
    measuredOn: today,
    detail: assistedYear
      ? {
          it: `Anno ${y}: istanze online ${onlineYear}, allo sportello o al telefono ${counterYear} (registrate dal personale ${recordedYear}, compilate nello sportello telematico da un operatore con il cittadino ${assistedYear}).`,
          en: `Year ${y}: applications online ${onlineYear}, at the counter or by phone ${counterYear} (recorded by staff ${recordedYear}, filled in the desk by an operator with the citizen ${assistedYear}).`,
        }
      : {
          it: `Anno ${y}: istanze online ${onlineYear}, allo sportello (registrate dal personale) ${counterYear}.`,
          en: `Year ${y}: applications online ${onlineYear}, at the counter (recorded by staff) ${counterYear}.`,
        },
  });

  const pt = processingTime(input.concluded.filter((c) => year(c.concludedOn) === y));
  out.push({
    key: "processing-time-vs-deadline",
    value: pt.percentOfDeadline,
    measuredOn: today,
    detail: {
      it: `Anno ${y}: istanze decise ${pt.count}; durata media ${pt.averageDays ?? "-"} giorni di calendario; istanze con termine ${pt.withTerm}, concluse entro il termine ${pt.withinDeadline ?? "-"}%.`,
      en: `Year ${y}: applications decided ${pt.count}; average duration ${pt.averageDays ?? "-"} calendar days; applications with a term ${pt.withTerm}, concluded within it ${pt.withinDeadline ?? "-"}%.`,
    },
  });

  const ratings = input.ratings.filter((r) => year(r.ratedOn) === y);
  const sum = ratings.reduce((s, r) => s + r.rating, 0);
  out.push({
    key: "citizen-satisfaction",
    value: ratings.length ? twoDecimals(Exact.of(sum, ratings.length)) : null,
    measuredOn: today,
    detail: {
      it: `Anno ${y}: media delle valutazioni date con il componente di valutazione delle pagine (1-5 stelle); valutazioni ${ratings.length}.`,
      en: `Year ${y}: average of the ratings given with the page rating component (1-5 stars); ratings ${ratings.length}.`,
    },
  });

  const paid = input.paidOn.filter((d) => year(d) === y).length;
  out.push({
    key: "pagopa-payments",
    value: String(paid),
    measuredOn: today,
    detail: {
      it: `Avvisi pagoPA pagati nell'anno ${y}: ${paid}.`,
      en: `pagoPA notices paid in ${y}: ${paid}.`,
    },
  });

  const a = input.accessibility;
  out.push({
    key: "accessibility-check",
    value: a ? String(a.violations) : null,
    // The check's own day: a run is a measurement of that day, not of the refresh.
    measuredOn: a ? a.checkedOn : today,
    detail: a
      ? {
          it: `Verifica automatica (axe-core) del ${a.checkedOn}: stati di pagina controllati ${a.states}, violazioni ${a.violations}.`,
          en: `Automated check (axe-core) of ${a.checkedOn}: page states checked ${a.states}, violations ${a.violations}.`,
        }
      : { it: "Nessuna verifica registrata.", en: "No check recorded." },
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Counter submissions recorded by staff (the denominator of the online share)

export const COUNTER_CHANNELS = ["counter", "phone", "email", "pec"] as const;
export type CounterChannel = (typeof COUNTER_CHANNELS)[number];

export interface CounterForm {
  service: string;
  receivedOn: string;
  channel: string;
  protocol: string;
}

export type CounterFormError = "service_missing" | "service_unknown" | "date_missing" | "date_invalid" | "date_future" | "channel_missing" | "protocol_invalid";

/** The form's fields in page order (the error summary lists them so). */
export const COUNTER_FIELDS = ["service", "receivedOn", "channel", "protocol"] as const;

/**
 * Checks what an operator typed. `services` are the slugs the operator may record for (their
 * offices' services); the day is an Italian or ISO date, not after today.
 */
export function checkCounterForm(
  form: CounterForm,
  ctx: { today: string; services: readonly string[]; parseDay: (text: string) => string | null },
):
  | { ok: true; value: { service: string; receivedOn: string; channel: CounterChannel; protocolNumber: string | null } }
  | { ok: false; errors: Partial<Record<(typeof COUNTER_FIELDS)[number], CounterFormError>> } {
  const errors: Partial<Record<(typeof COUNTER_FIELDS)[number], CounterFormError>> = {};
  const service = form.service.trim();
  if (!service) errors.service = "service_missing";
  else if (!ctx.services.includes(service)) errors.service = "service_unknown";
  const dayText = form.receivedOn.trim();
  const day = dayText ? ctx.parseDay(dayText) : null;
  if (!dayText) errors.receivedOn = "date_missing";
  else if (!day) errors.receivedOn = "date_invalid";
  else if (day > ctx.today) errors.receivedOn = "date_future";
  const channel = form.channel.trim();
  if (!(COUNTER_CHANNELS as readonly string[]).includes(channel)) errors.channel = "channel_missing";
  const protocol = form.protocol.trim();
  // A protocol number as registries print it: digits, letters, "/", "-", "." (e.g. "2026/12345").
  if (protocol && (protocol.length > 40 || !/^[A-Za-z0-9][A-Za-z0-9/.\- ]*$/.test(protocol))) errors.protocol = "protocol_invalid";
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: { service, receivedOn: day as string, channel: channel as CounterChannel, protocolNumber: protocol || null } };
}
