import { normalizeCodiceFiscale } from "~/domain/codice-fiscale";
import { sortByTitle } from "~/domain/collation";
import { type Delegation, type DelegationError, isActive, mayActFor, mayActOnTaxesFor, validateNewDelegation } from "~/domain/delegation";
import {
  type DelegationRow,
  findDelegation,
  findExistingServiceIds,
  insertDelegation,
  listDelegationsByGrantee,
  listDelegationsByGrantor,
  listDelegationServiceIds,
  listDelegationServiceTitles,
  listUnrevokedBetween,
  revokeDelegationRow,
} from "~/models/delegation.server";
import type { DbOrTrx } from "~/utils/db.server";
import { type RequestMeta, record } from "./audit.server";

/** A logged-in citizen as the session knows them. */
export interface CitizenRef {
  citizenId: number;
  fiscalCode: string;
}

/**
 * The domain's codes plus one of ours: "dates.overlap", a second not-revoked delegation to the same
 * person whose dates overlap an existing one. We refuse it because "acting for" works on one
 * delegation at a time: two overlapping ones with different scopes would make the delegate's rights
 * depend on which one they happened to pick. To change a delegation the grantor revokes it and grants
 * a new one; a renewal that starts after the current one ends is allowed.
 */
export type GrantDelegationError = DelegationError | "dates.overlap";

export interface GrantDelegationInput {
  grantor: CitizenRef;
  granteeFiscalCode: string;
  scope: "all" | "services";
  serviceIds: readonly number[];
  validFrom: string;
  validUntil: string;
}

export type DelegationStatus = "active" | "future" | "expired" | "revoked";

/** One delegation as one of its two people sees it: "other" is the grantee for the grantor and vice versa. */
export interface DelegationView {
  id: number;
  otherFiscalCode: string;
  /** "Given Family" when the other person has logged in at least once, else null. */
  otherName: string | null;
  scope: "all" | "services";
  /** Empty when scope is "all". */
  services: { id: number; title: string }[];
  validFrom: string;
  validUntil: string;
  status: DelegationStatus;
}

export function delegationStatus(d: { revokedAt: string | null; validFrom: string; validUntil: string }, today: string): DelegationStatus {
  if (d.revokedAt !== null) return "revoked";
  if (today < d.validFrom) return "future";
  if (today > d.validUntil) return "expired";
  return "active";
}

const STATUS_ORDER: Record<DelegationStatus, number> = { active: 0, future: 1, expired: 2, revoked: 3 };

function fullName(given: string | null, family: string | null): string | null {
  return given === null || family === null ? null : `${given} ${family}`;
}

function toDomain(row: DelegationRow, serviceIds: readonly number[]): Delegation {
  return {
    grantorFiscalCode: row.grantor_fiscal_code,
    granteeFiscalCode: row.grantee_fiscal_code,
    scope: row.scope,
    serviceIds,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    revokedAt: row.revoked_at,
  };
}

/** Runs `fn` in a transaction, or in the caller's when there is one already (Kysely cannot nest them). */
function inTransaction<T>(db: DbOrTrx, fn: (trx: DbOrTrx) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

/**
 * Stores a delegation the grantor asked for. The grantee's code is normalised (upper case, no spaces)
 * before it is checked and stored, since the grantee will be matched by the code their IdP sends.
 * Service ids that are not in the catalogue are dropped rather than reported: the form only offers
 * real ones, so an unknown id comes from a stale or edited form, and dropping it grants less, never
 * more; when none is left the domain's "services.empty" applies.
 */
export async function grantDelegation(
  db: DbOrTrx,
  input: GrantDelegationInput,
  meta: RequestMeta,
  today: string,
  now: Date = new Date(),
): Promise<{ ok: true; id: number } | { ok: false; errors: GrantDelegationError[] }> {
  const granteeFiscalCode = normalizeCodiceFiscale(input.granteeFiscalCode);
  const grantorFiscalCode = input.grantor.fiscalCode;
  const requestedIds = input.scope === "services" ? [...new Set(input.serviceIds)] : [];
  const serviceIds = requestedIds.length ? (await findExistingServiceIds(db, requestedIds)).sort((a, b) => a - b) : [];
  const candidate = { grantorFiscalCode, granteeFiscalCode, scope: input.scope, serviceIds, validFrom: input.validFrom, validUntil: input.validUntil };
  const errors: GrantDelegationError[] = validateNewDelegation(candidate, today);
  if (errors.length) return { ok: false, errors };

  return inTransaction(db, async (trx) => {
    // Checked inside the transaction; two simultaneous submissions on PostgreSQL could still both
    // pass, which only leaves the grantor with a duplicate to revoke, so no lock is taken.
    const existing = await listUnrevokedBetween(trx, grantorFiscalCode, granteeFiscalCode);
    if (existing.some((e) => e.valid_from <= input.validUntil && input.validFrom <= e.valid_until)) {
      return { ok: false as const, errors: ["dates.overlap" as const] };
    }
    const id = await insertDelegation(
      trx,
      {
        grantor_fiscal_code: grantorFiscalCode,
        grantee_fiscal_code: granteeFiscalCode,
        scope: input.scope,
        valid_from: input.validFrom,
        valid_until: input.validUntil,
        revoked_at: null,
        created_at: now.toISOString(),
      },
      serviceIds,
    );
    await record(trx, {
      event: "delegation.granted",
      outcome: "success",
      actor: { kind: "citizen", id: input.grantor.citizenId, fiscalCode: grantorFiscalCode },
      target: { kind: "delegation", id },
      details: { granteeFiscalCode, scope: input.scope, serviceIds, validFrom: input.validFrom, validUntil: input.validUntil },
      meta,
      at: now,
    });
    return { ok: true as const, id };
  });
}

/**
 * The grantor ends a delegation at once. Someone else's delegation, an unknown id and an already
 * revoked one all answer "not_found", so the answer says nothing about other people's delegations;
 * the attempt on a delegation that is not theirs is audited as denied.
 */
export async function revokeDelegation(
  db: DbOrTrx,
  input: { grantor: CitizenRef; delegationId: number },
  meta: RequestMeta,
  now: Date = new Date(),
): Promise<{ ok: true } | { ok: false; error: "not_found" }> {
  const { grantor, delegationId } = input;
  return inTransaction(db, async (trx) => {
    const revoked = await revokeDelegationRow(trx, delegationId, grantor.fiscalCode, now.toISOString());
    const actor = { kind: "citizen" as const, id: grantor.citizenId, fiscalCode: grantor.fiscalCode };
    if (!revoked) {
      const row = await findDelegation(trx, delegationId);
      // An already revoked delegation of one's own is a double submission, not worth an audit row.
      if (row && row.grantor_fiscal_code !== grantor.fiscalCode) {
        await record(trx, { event: "delegation.revoked", outcome: "denied", actor, target: { kind: "delegation", id: delegationId }, meta, at: now });
      }
      return { ok: false as const, error: "not_found" as const };
    }
    const row = await findDelegation(trx, delegationId);
    await record(trx, {
      event: "delegation.revoked",
      outcome: "success",
      actor,
      target: { kind: "delegation", id: delegationId },
      details: { granteeFiscalCode: row?.grantee_fiscal_code ?? null },
      meta,
      at: now,
    });
    return { ok: true as const };
  });
}

async function toViews(db: DbOrTrx, rows: DelegationRow[], side: "grantor" | "grantee", lang: string, today: string): Promise<DelegationView[]> {
  const titles = await listDelegationServiceTitles(
    db,
    rows.filter((r) => r.scope === "services").map((r) => r.id),
    lang,
  );
  const views = rows.map((r): DelegationView => {
    // The grantor's list names the grantee, and the other way round.
    const otherIsGrantee = side === "grantor";
    return {
      id: r.id,
      otherFiscalCode: otherIsGrantee ? r.grantee_fiscal_code : r.grantor_fiscal_code,
      // The grantor typed a codice fiscale: showing the name the desk knows for it would tell a stranger's
      // name and that they use the desk. The delegate does see who delegated them.
      otherName: otherIsGrantee ? null : fullName(r.grantor_given_name, r.grantor_family_name),
      scope: r.scope,
      services: sortByTitle(
        titles.filter((t) => t.delegation_id === r.id).map(({ id, title }) => ({ id, title })),
        lang,
      ),
      validFrom: r.valid_from,
      validUntil: r.valid_until,
      status: delegationStatus({ revokedAt: r.revoked_at, validFrom: r.valid_from, validUntil: r.valid_until }, today),
    };
  });
  // Usable ones first; within a status the newest first, as the query returned them (sort is stable).
  return views.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
}

/** The delegations a citizen has given, for their "Deleghe" page. */
export async function listGiven(db: DbOrTrx, grantorFiscalCode: string, lang: string, today: string): Promise<DelegationView[]> {
  return toViews(db, await listDelegationsByGrantor(db, grantorFiscalCode), "grantor", lang, today);
}

/** The delegations a citizen has received; the active ones offer "Agisci per …". */
export async function listReceived(db: DbOrTrx, granteeFiscalCode: string, lang: string, today: string): Promise<DelegationView[]> {
  return toViews(db, await listDelegationsByGrantee(db, normalizeCodiceFiscale(granteeFiscalCode)), "grantee", lang, today);
}

/**
 * The grantee's current view of a delegation when they may act under it today, else null (unknown,
 * someone else's, revoked, expired or not yet started). The session layer calls this on every
 * request, so it costs one query, plus one for the titles when the scope is a list of services.
 */
export async function checkActingFor(
  db: DbOrTrx,
  delegationId: number,
  granteeFiscalCode: string,
  today: string,
  lang: string = "it",
): Promise<DelegationView | null> {
  const row = await findDelegation(db, delegationId);
  if (!row || row.grantee_fiscal_code !== normalizeCodiceFiscale(granteeFiscalCode)) return null;
  // Only the dates and the revocation matter here, so the service ids are not loaded.
  if (!isActive(toDomain(row, []), today)) return null;
  const [view] = await toViews(db, [row], "grantee", lang, today);
  return view ?? null;
}

/**
 * The grantee switches to acting for the grantor. Refused (and audited as denied) unless the
 * delegation is the grantee's own and active today.
 */
export async function startActingFor(
  db: DbOrTrx,
  input: { grantee: CitizenRef; delegationId: number },
  meta: RequestMeta,
  today: string,
): Promise<{ ok: true; grantorFiscalCode: string; grantorName: string | null; delegationId: number } | { ok: false }> {
  const { grantee, delegationId } = input;
  const actor = { kind: "citizen" as const, id: grantee.citizenId, fiscalCode: grantee.fiscalCode };
  const view = await checkActingFor(db, delegationId, grantee.fiscalCode, today);
  if (!view) {
    // No onBehalfOf: the grantee was not allowed to act for anybody, so naming a grantor would mislead.
    await record(db, { event: "delegation.acting_for", outcome: "denied", actor, target: { kind: "delegation", id: delegationId }, meta });
    return { ok: false };
  }
  await record(db, {
    event: "delegation.acting_for",
    outcome: "success",
    actor: { ...actor, onBehalfOf: view.otherFiscalCode },
    target: { kind: "delegation", id: delegationId },
    meta,
  });
  return { ok: true, grantorFiscalCode: view.otherFiscalCode, grantorName: view.otherName, delegationId };
}

/**
 * The grantee goes back to acting for themselves: because they chose to ("chosen"), or because the
 * per-request check found the delegation revoked or expired ("no_longer_valid").
 */
export async function stopActingFor(
  db: DbOrTrx,
  input: { grantee: CitizenRef; delegationId: number; reason?: "chosen" | "no_longer_valid" },
  meta: RequestMeta,
): Promise<void> {
  const { grantee, delegationId } = input;
  const row = await findDelegation(db, delegationId);
  // Audit the grantor only when the delegation really was the grantee's: a forged session id must not
  // put someone else's code in the log.
  const onBehalfOf = row && row.grantee_fiscal_code === grantee.fiscalCode ? row.grantor_fiscal_code : null;
  await record(db, {
    event: "delegation.acting_stopped",
    outcome: "success",
    actor: { kind: "citizen", id: grantee.citizenId, fiscalCode: grantee.fiscalCode, onBehalfOf },
    target: { kind: "delegation", id: delegationId },
    details: { reason: input.reason ?? "chosen" },
    meta,
  });
}

/** Whether the grantee, acting under this delegation, may act on this service today (the domain's `mayActFor`). */
/** Whether the delegation lets its grantee see and pay the grantor's taxes today (scope "all" only). */
export async function mayActOnTaxes(db: DbOrTrx, delegationId: number, granteeFiscalCode: string, today: string): Promise<boolean> {
  const row = await findDelegation(db, delegationId);
  return row ? mayActOnTaxesFor(toDomain(row, []), normalizeCodiceFiscale(granteeFiscalCode), today) : false;
}

export async function mayActOnService(db: DbOrTrx, delegationId: number, granteeFiscalCode: string, serviceId: number, today: string): Promise<boolean> {
  const row = await findDelegation(db, delegationId);
  if (!row) return false;
  const serviceIds = row.scope === "services" ? await listDelegationServiceIds(db, delegationId) : [];
  return mayActFor(toDomain(row, serviceIds), normalizeCodiceFiscale(granteeFiscalCode), serviceId, today);
}
