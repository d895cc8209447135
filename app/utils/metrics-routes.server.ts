/**
 * /gestione/sportello/presentazioni: operators record applications received at the counter, by
 * phone, e-mail or PEC (issue 6 §4). Plain form, PRG; errors answer 400 with the summary and the
 * values as typed.
 */
import { type AppLoadContext, data, redirect } from "@remix-run/node";
import { todayInItaly } from "~/domain/dates";
import { COUNTER_CHANNELS, COUNTER_FIELDS, type CounterForm, type CounterFormError } from "~/domain/desk-metrics";
import type { StaffPrincipal } from "~/services/backoffice.server";
import { counterServices, recentCounterSubmissions, recordCounterSubmission } from "~/services/counter-submissions.server";
import { requireCsrf, requireStaff } from "./auth.server";
import { db } from "./db.server";
import { formatDate } from "./format";
import { getFixedT } from "./i18next.server";
import { requestMeta } from "./request-meta.server";
import { hadErrors, markErrors } from "./staff-routes.server";

const PAGE = "/gestione/sportello/presentazioni";
const PERMISSION = "application.record_counter" as const;

type Errors = Partial<Record<(typeof COUNTER_FIELDS)[number], CounterFormError>>;

async function counterPage(request: Request, principal: StaffPrincipal, answer: { values: CounterForm; errors: Errors } | null, context?: AppLoadContext) {
  const { t, lang } = await getFixedT(request);
  const url = new URL(request.url);
  const [services, rows] = await Promise.all([counterServices(db(), principal.staff.offices, lang), recentCounterSubmissions(db(), lang)]);
  const recordedService = url.searchParams.get("registrata");
  const recordedDay = url.searchParams.get("giorno");
  return {
    meta: { title: t("metrics:counter.title"), hasErrors: Boolean(answer) || hadErrors(context) },
    services: services.map((s) => ({ value: s.slug, label: s.title })),
    channels: COUNTER_CHANNELS.map((c) => ({ value: c, label: t(`metrics:counter.channels.${c}`) })),
    values: answer?.values ?? { service: "", receivedOn: "", channel: "", protocol: "" },
    errors: COUNTER_FIELDS.flatMap((f) => (answer?.errors[f] ? [{ field: f, text: t(`metrics:counter.errors.${answer.errors[f]}`) }] : [])),
    recorded:
      !answer && recordedService && recordedDay && /^\d{4}-\d{2}-\d{2}$/.test(recordedDay)
        ? t("metrics:counter.recorded", { service: recordedService, day: formatDate(recordedDay, lang) })
        : null,
    rows: rows.map((r) => ({
      id: r.id,
      receivedOn: formatDate(r.received_on, lang),
      service: r.service_title ?? r.slug,
      channel: t(`metrics:counter.channels.${r.channel}`),
      protocol: r.protocol_number,
      recordedBy: r.recorded_by,
    })),
  };
}

export type CounterData = Awaited<ReturnType<typeof counterPage>>;

export async function counterLoader(request: Request, context?: AppLoadContext) {
  const principal = (await requireStaff(request, PERMISSION)) as StaffPrincipal;
  return counterPage(request, principal, null, context);
}

export async function counterAction(request: Request, context?: AppLoadContext) {
  const principal = (await requireStaff(request, PERMISSION)) as StaffPrincipal;
  const form = await request.formData();
  await requireCsrf(request, form);
  const { lang } = await getFixedT(request);
  const text = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : "";
  };
  const values: CounterForm = { service: text("service"), receivedOn: text("receivedOn"), channel: text("channel"), protocol: text("protocol") };
  const now = new Date();
  const result = await recordCounterSubmission(db(), {
    staffId: principal.staff.id,
    offices: principal.staff.offices,
    lang,
    form: values,
    today: todayInItaly(now),
    now,
    meta: requestMeta(request),
  });
  if (!result.ok) {
    markErrors(context);
    return data(await counterPage(request, principal, { values, errors: result.errors }, context), { status: 400 });
  }
  return redirect(`${PAGE}?registrata=${encodeURIComponent(result.service)}&giorno=${result.receivedOn}`, 303);
}
