import type { Insertable, Selectable } from "kysely";
import type { DbOrTrx } from "~/utils/db.server";
import type { DelegationTable } from "#db/schema";

export type NewDelegationRow = Insertable<DelegationTable>;

/** A delegation with the names of both people when they have logged in at least once (else null). */
export interface DelegationRow extends Selectable<DelegationTable> {
  grantor_given_name: string | null;
  grantor_family_name: string | null;
  grantee_given_name: string | null;
  grantee_family_name: string | null;
}

/** Inserts the delegation and its services; the caller opens the transaction so both land together. */
export async function insertDelegation(db: DbOrTrx, row: NewDelegationRow, serviceIds: readonly number[]): Promise<number> {
  const { id } = await db.insertInto("delegation").values(row).returning("id").executeTakeFirstOrThrow();
  if (serviceIds.length) {
    await db.insertInto("delegation_service").values(serviceIds.map((service_id) => ({ delegation_id: id, service_id }))).execute();
  }
  return id;
}

function withPeople(db: DbOrTrx) {
  // The grantee may never have logged in, so both people are left-joined.
  return db
    .selectFrom("delegation as d")
    .leftJoin("citizen as gr", "gr.fiscal_code", "d.grantor_fiscal_code")
    .leftJoin("citizen as ge", "ge.fiscal_code", "d.grantee_fiscal_code")
    .select([
      "d.id",
      "d.grantor_fiscal_code",
      "d.grantee_fiscal_code",
      "d.scope",
      "d.valid_from",
      "d.valid_until",
      "d.revoked_at",
      "d.created_at",
      "gr.given_name as grantor_given_name",
      "gr.family_name as grantor_family_name",
      "ge.given_name as grantee_given_name",
      "ge.family_name as grantee_family_name",
    ]);
}

export async function findDelegation(db: DbOrTrx, id: number): Promise<DelegationRow | undefined> {
  return withPeople(db).where("d.id", "=", id).executeTakeFirst();
}

export async function listDelegationsByGrantor(db: DbOrTrx, grantorFiscalCode: string): Promise<DelegationRow[]> {
  return withPeople(db).where("d.grantor_fiscal_code", "=", grantorFiscalCode).orderBy("d.id", "desc").execute();
}

export async function listDelegationsByGrantee(db: DbOrTrx, granteeFiscalCode: string): Promise<DelegationRow[]> {
  return withPeople(db).where("d.grantee_fiscal_code", "=", granteeFiscalCode).orderBy("d.id", "desc").execute();
}

/** The not-revoked delegations from one person to another, whatever their dates. */
export async function listUnrevokedBetween(db: DbOrTrx, grantorFiscalCode: string, granteeFiscalCode: string) {
  return db
    .selectFrom("delegation")
    .select(["id", "valid_from", "valid_until"])
    .where("grantor_fiscal_code", "=", grantorFiscalCode)
    .where("grantee_fiscal_code", "=", granteeFiscalCode)
    .where("revoked_at", "is", null)
    .execute();
}

/**
 * Sets `revoked_at` when the delegation is the grantor's and still unrevoked; returns whether a row
 * changed. The grantor is in the WHERE so that nobody can revoke someone else's delegation.
 */
export async function revokeDelegationRow(db: DbOrTrx, id: number, grantorFiscalCode: string, revokedAt: string): Promise<boolean> {
  const result = await db
    .updateTable("delegation")
    .set({ revoked_at: revokedAt })
    .where("id", "=", id)
    .where("grantor_fiscal_code", "=", grantorFiscalCode)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function listDelegationServiceIds(db: DbOrTrx, delegationId: number): Promise<number[]> {
  const rows = await db.selectFrom("delegation_service").select("service_id").where("delegation_id", "=", delegationId).execute();
  return rows.map((r) => r.service_id);
}

/** The services of several delegations with their titles in `lang`, in one query (unordered). */
export async function listDelegationServiceTitles(db: DbOrTrx, delegationIds: readonly number[], lang: string) {
  if (delegationIds.length === 0) return [];
  return db
    .selectFrom("delegation_service as ds")
    .innerJoin("service_translation as tr", (j) => j.onRef("tr.service_id", "=", "ds.service_id").on("tr.lang", "=", lang))
    .select(["ds.delegation_id", "ds.service_id as id", "tr.title"])
    .where("ds.delegation_id", "in", [...delegationIds])
    .execute();
}

/** Which of these ids are services in the catalogue. */
export async function findExistingServiceIds(db: DbOrTrx, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom("service").select("id").where("id", "in", [...ids]).execute();
  return rows.map((r) => r.id);
}
