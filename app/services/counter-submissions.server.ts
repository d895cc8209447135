/**
 * Applications received outside the desk, recorded by operators (issue 6 §4): the denominator of the
 * plan's "online versus counter" share. An operator records only for their offices' services.
 */
import { parseDayInput } from "~/domain/dates";
import { checkCounterForm, type CounterForm } from "~/domain/desk-metrics";
import { insertCounterSubmission, listCounterSubmissions, listServicesOfOffices } from "~/models/desk-metrics.server";
import { type RequestMeta, record } from "~/services/audit.server";
import type { Db } from "~/utils/db.server";

export async function counterServices(db: Db, offices: readonly string[], lang: string) {
  return listServicesOfOffices(db, offices, lang);
}

export async function recentCounterSubmissions(db: Db, lang: string) {
  return listCounterSubmissions(db, lang, 100);
}

export async function recordCounterSubmission(
  db: Db,
  input: { staffId: number; offices: readonly string[]; lang: string; form: CounterForm; today: string; now: Date; meta: RequestMeta },
) {
  const services = await listServicesOfOffices(db, input.offices, input.lang);
  const checked = checkCounterForm(input.form, { today: input.today, services: services.map((s) => s.slug), parseDay: parseDayInput });
  if (!checked.ok) return checked;
  const service = services.find((s) => s.slug === checked.value.service)!;
  const id = await db.transaction().execute(async (trx) => {
    const id = await insertCounterSubmission(trx, {
      serviceId: service.id,
      receivedOn: checked.value.receivedOn,
      channel: checked.value.channel,
      protocolNumber: checked.value.protocolNumber,
      recordedBy: input.staffId,
      recordedAt: input.now.toISOString(),
    });
    await record(trx, {
      event: "counter_submission.recorded",
      outcome: "success",
      actor: { kind: "staff", id: input.staffId },
      target: { kind: "counter_submission", id },
      details: { service: service.slug, channel: checked.value.channel },
      meta: input.meta,
      at: input.now,
    });
    return id;
  });
  return { ok: true as const, id, service: service.title, receivedOn: checked.value.receivedOn };
}
