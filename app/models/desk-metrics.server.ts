/**
 * SQL for the indicators the desk measures by itself (issue 6 §4) and for the counter submissions
 * operators record. Instants are read as stored (ISO text); the service turns them into Italian days.
 */
import type { Transaction } from "kysely";
import type { Database } from "#db/schema";
import type { CounterChannel } from "#db/schema-desk";
import type { DbOrTrx } from "~/utils/db.server";

/**
 * Applications submitted through the desk since an instant (every submitted one, whatever happened
 * next), with the channel when an operator filled it with the citizen (null: the citizen did, online).
 */
export async function listOnlineSubmissions(db: DbOrTrx, sinceInstant: string) {
  return db
    .selectFrom("application as a")
    .innerJoin("service as s", "s.id", "a.service_id")
    .leftJoin("application_assistance as x", "x.application_id", "a.id")
    .select(["s.slug as service", "a.submitted_at", "x.channel as assisted"])
    .where("a.submitted_at", "is not", null)
    .where("a.submitted_at", ">=", sinceInstant)
    .execute() as Promise<{ service: string; submitted_at: string; assisted: "counter" | "phone" | null }[]>;
}

/** Applications decided (accepted or rejected) since an instant; withdrawn ones measure no office's work. */
export async function listDecidedApplications(db: DbOrTrx, sinceInstant: string) {
  return db
    .selectFrom("application")
    .select(["submitted_at", "concluded_at", "due_on"])
    .where("state", "in", ["accepted", "rejected"])
    .where("submitted_at", "is not", null)
    .where("concluded_at", "is not", null)
    .where("concluded_at", ">=", sinceInstant)
    .execute() as Promise<{ submitted_at: string; concluded_at: string; due_on: string | null }[]>;
}

export async function listRatingsSince(db: DbOrTrx, sinceInstant: string) {
  return db.selectFrom("feedback").select(["rating", "created_at"]).where("created_at", ">=", sinceInstant).execute();
}

export async function listPaidNoticeInstants(db: DbOrTrx, sinceInstant: string): Promise<string[]> {
  const rows = await db
    .selectFrom("tax_notice")
    .select("paid_at")
    .where("state", "=", "paid")
    .where("paid_at", "is not", null)
    .where("paid_at", ">=", sinceInstant)
    .execute();
  return rows.map((r) => r.paid_at as string);
}

export async function listCounterSubmissionsSince(db: DbOrTrx, sinceDay: string) {
  return db
    .selectFrom("counter_submission as c")
    .innerJoin("service as s", "s.id", "c.service_id")
    .select(["s.slug as service", "c.received_on"])
    .where("c.received_on", ">=", sinceDay)
    .execute();
}

/** The plan's indicators the desk measures, with the metric each one names. */
export async function listMeasuredIndicators(db: DbOrTrx) {
  return db
    .selectFrom("plan_indicator")
    .select(["id", "code", "measured_by"])
    .where("measured_by", "is not", null)
    .orderBy("id")
    .execute() as Promise<{ id: number; code: string; measured_by: string }[]>;
}

/**
 * Records a system measurement (approved, recorded_by null) unless the indicator's latest system
 * measurement already has this value in the same period. The no-op update takes the indicator's row lock first, so two
 * instances refreshing at once serialise (PostgreSQL row lock; SQLite's single writer) and the
 * second sees the first one's row: idempotent by value. Returns the new row's id, or null.
 */
export async function recordSystemMeasurement(
  trx: Transaction<Database>,
  row: { indicatorId: number; value: string; measuredOn: string; comment: string; at: string; periodLength: number },
): Promise<number | null> {
  await trx.updateTable("plan_indicator").set((eb) => ({ measured_by: eb.ref("measured_by") })).where("id", "=", row.indicatorId).execute();
  const last = await trx
    .selectFrom("plan_update")
    .select(["measured_value", "measured_on"])
    .where("plan_indicator_id", "=", row.indicatorId)
    .where("recorded_by", "is", null)
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  // Same value in the same period (year, or month for a monthly figure): nothing new to record. A new
  // period gets its own row even when the value repeats, so each year has its measurement.
  if (last && last.measured_value === row.value && last.measured_on.slice(0, row.periodLength) === row.measuredOn.slice(0, row.periodLength)) return null;
  const inserted = await trx
    .insertInto("plan_update")
    .values({
      plan_indicator_id: row.indicatorId,
      measured_value: row.value,
      measured_on: row.measuredOn,
      comment: row.comment,
      evidence_url: null,
      evidence_blob_id: null,
      evidence_file_name: null,
      corrects_id: null,
      recorded_by: null,
      recorded_at: row.at,
      state: "approved",
      decided_by: null,
      decided_at: row.at,
      decision_note: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** The system measurements of one indicator, newest first. */
export async function listSystemMeasurements(db: DbOrTrx, indicatorId: number) {
  return db
    .selectFrom("plan_update")
    .select(["id", "measured_value", "measured_on", "comment", "recorded_at"])
    .where("plan_indicator_id", "=", indicatorId)
    .where("recorded_by", "is", null)
    .orderBy("id", "desc")
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Counter submissions

export async function insertCounterSubmission(
  db: DbOrTrx,
  row: { serviceId: number; receivedOn: string; channel: CounterChannel; protocolNumber: string | null; recordedBy: number; recordedAt: string },
): Promise<number> {
  const inserted = await db
    .insertInto("counter_submission")
    .values({
      service_id: row.serviceId,
      received_on: row.receivedOn,
      channel: row.channel,
      protocol_number: row.protocolNumber,
      recorded_by: row.recordedBy,
      recorded_at: row.recordedAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** The latest counter submissions with the service's name in a language and who recorded them. */
export async function listCounterSubmissions(db: DbOrTrx, lang: string, limit = 100) {
  return db
    .selectFrom("counter_submission as c")
    .innerJoin("service as s", "s.id", "c.service_id")
    .leftJoin("service_translation as t", (j) => j.onRef("t.service_id", "=", "s.id").on("t.lang", "=", lang))
    .innerJoin("staff_user as u", "u.id", "c.recorded_by")
    .select(["c.id", "c.received_on", "c.channel", "c.protocol_number", "c.recorded_at", "s.slug", "t.title as service_title", "u.username as recorded_by"])
    .orderBy("c.received_on", "desc")
    .orderBy("c.id", "desc")
    .limit(limit)
    .execute();
}

/** The services of some offices (by office slug), with their titles in a language, by title. */
export async function listServicesOfOffices(db: DbOrTrx, officeSlugs: readonly string[], lang: string) {
  if (officeSlugs.length === 0) return [];
  return db
    .selectFrom("service as s")
    .innerJoin("office as o", "o.id", "s.office_id")
    .innerJoin("service_translation as t", (j) => j.onRef("t.service_id", "=", "s.id").on("t.lang", "=", lang))
    .select(["s.id", "s.slug", "t.title", "o.slug as office"])
    .where("o.slug", "in", [...officeSlugs])
    .orderBy("t.title")
    .execute();
}
