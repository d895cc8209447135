import type { Selectable } from "kysely";
import type { CitizenTable } from "#db/schema";
import type { DbOrTrx } from "~/utils/db.server";

export type CitizenRow = Selectable<CitizenTable>;

export interface CitizenIdentity {
  fiscal_code: string;
  given_name: string;
  family_name: string;
  date_of_birth: string | null;
  email: string | null;
}

/** Creates the citizen at the first login, refreshes name, birth date and email at each later one. */
export async function upsertCitizen(db: DbOrTrx, identity: CitizenIdentity, method: string, at: string): Promise<number> {
  const row = await db
    .insertInto("citizen")
    .values({ ...identity, first_login_at: at, last_login_at: at, last_auth_method: method })
    .onConflict((oc) =>
      oc.column("fiscal_code").doUpdateSet({
        given_name: identity.given_name,
        family_name: identity.family_name,
        date_of_birth: identity.date_of_birth,
        // CIE sends no email: keep the one SPID gave before.
        ...(identity.email ? { email: identity.email } : {}),
        last_login_at: at,
        last_auth_method: method,
      }),
    )
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findCitizenByFiscalCode(db: DbOrTrx, fiscalCode: string): Promise<CitizenRow | undefined> {
  return db.selectFrom("citizen").selectAll().where("fiscal_code", "=", fiscalCode).executeTakeFirst();
}
