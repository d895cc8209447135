import type { Insertable, Selectable } from "kysely";
import type { AuditLogTable } from "#db/schema";
import type { DbOrTrx } from "~/utils/db.server";

export type AuditRow = Selectable<AuditLogTable>;

/** The audit log is append-only: this model offers insert and select, never update or delete. */
export async function insertAudit(db: DbOrTrx, row: Insertable<AuditLogTable>): Promise<void> {
  await db.insertInto("audit_log").values(row).execute();
}

export interface AuditFilter {
  event?: string;
  /** Matches the actor's or the represented person's codice fiscale. */
  fiscalCode?: string;
  actorKind?: AuditRow["actor_kind"];
  actorId?: number;
  from?: string;
  to?: string;
}

export async function findAudit(db: DbOrTrx, filter: AuditFilter = {}, limit = 200, offset = 0): Promise<AuditRow[]> {
  let q = db.selectFrom("audit_log").selectAll();
  // Event codes are lower case; LIKE ignores case on SQLite but not on PostgreSQL.
  if (filter.event) q = q.where("event", "like", `${filter.event.toLowerCase()}%`);
  if (filter.fiscalCode) {
    const cf = filter.fiscalCode;
    q = q.where((eb) => eb.or([eb("actor_fiscal_code", "=", cf), eb("on_behalf_of_fiscal_code", "=", cf)]));
  }
  if (filter.actorKind) q = q.where("actor_kind", "=", filter.actorKind);
  if (filter.actorId !== undefined) q = q.where("actor_id", "=", filter.actorId);
  if (filter.from) q = q.where("occurred_at", ">=", filter.from);
  if (filter.to) q = q.where("occurred_at", "<=", filter.to);
  return q.orderBy("occurred_at", "desc").orderBy("id", "desc").limit(limit).offset(offset).execute();
}
