import type { AuditRow } from "~/models/audit.server";
import { insertAudit } from "~/models/audit.server";
import type { DbOrTrx } from "~/utils/db.server";

/** Where a request came from, for the audit log (filled by `requestMeta` in app/utils/request-meta.server.ts). */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export const NO_REQUEST: RequestMeta = { ip: null, userAgent: null, requestId: null };

export interface AuditActor {
  kind: AuditRow["actor_kind"];
  id?: number | null;
  fiscalCode?: string | null;
  /** A delegate acting for someone: that person's codice fiscale. */
  onBehalfOf?: string | null;
}

export interface AuditEvent {
  event: string;
  outcome: AuditRow["outcome"];
  actor: AuditActor;
  target?: { kind: string; id: string | number };
  /** Small JSON-able facts (codes, entity ids). Never passwords, tokens or SAML XML. */
  details?: Record<string, unknown>;
  meta?: RequestMeta;
  at?: Date;
}

/** Records who did what, when and from where. Called by services, never by routes. */
export async function record(db: DbOrTrx, e: AuditEvent): Promise<void> {
  const meta = e.meta ?? NO_REQUEST;
  await insertAudit(db, {
    occurred_at: (e.at ?? new Date()).toISOString(),
    event: e.event,
    outcome: e.outcome,
    actor_kind: e.actor.kind,
    actor_id: e.actor.id ?? null,
    actor_fiscal_code: e.actor.fiscalCode ?? null,
    on_behalf_of_fiscal_code: e.actor.onBehalfOf ?? null,
    target_kind: e.target?.kind ?? null,
    target_id: e.target ? String(e.target.id) : null,
    ip: meta.ip,
    user_agent: meta.userAgent ? meta.userAgent.slice(0, 300) : null,
    request_id: meta.requestId,
    details: e.details ? JSON.stringify(e.details) : null,
  });
}
