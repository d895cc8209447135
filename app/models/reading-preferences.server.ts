import type { DbOrTrx } from "~/utils/db.server";

/** Whose profile: a citizen or a staff member (the two tables carry the same column). */
export type ProfileRef = { kind: "citizen"; id: number } | { kind: "staff"; id: number };

const TABLE = { citizen: "citizen", staff: "staff_user" } as const;

/** The stored preferences of a profile (the cookie's form), or null when never saved. */
export async function findReadingPreferences(db: DbOrTrx, who: ProfileRef): Promise<string | null> {
  const row = await db.selectFrom(TABLE[who.kind]).select("reading_preferences").where("id", "=", who.id).executeTakeFirst();
  return row?.reading_preferences ?? null;
}

export async function saveReadingPreferences(db: DbOrTrx, who: ProfileRef, value: string): Promise<void> {
  await db.updateTable(TABLE[who.kind]).set({ reading_preferences: value }).where("id", "=", who.id).execute();
}
