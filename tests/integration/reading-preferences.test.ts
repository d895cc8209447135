import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "#db/seed/index";
import { seedStaff } from "#db/seed/staff";
import type { Principal } from "~/domain/principal";
import { findReadingPreferences } from "~/models/reading-preferences.server";
import { choosePreferences, preferencesAtLogin } from "~/services/reading-preferences.server";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

const form = (values: Record<string, string>) => (name: string) => values[name] ?? null;

describe.each(databaseNames())("reading preferences on the profile, on %s", (name) => {
  let t: TestDatabase;
  let citizenId: number;
  let otherCitizenId: number;
  let staffId: number;

  const addCitizen = async (fiscal_code: string) =>
    (
      await t.db
        .insertInto("citizen")
        .values({ fiscal_code, given_name: "Anna", family_name: "Bianchi", date_of_birth: null, email: null, first_login_at: "2026-11-01T09:00:00.000Z", last_login_at: "2026-11-01T09:00:00.000Z", last_auth_method: "spid" })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;

  const citizen = (id: number): Principal =>
    ({ kind: "citizen", citizen: { kind: "citizen", id, fiscalCode: "X", givenName: "Anna", familyName: "Bianchi" }, actingFor: null }) as unknown as Principal;

  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seed(t.db);
    await seedStaff(t.db);
    citizenId = await addCitizen("BNCNNA41B43I625G");
    otherCitizenId = await addCitizen("RSSMRA85T10H501O");
    staffId = (await t.db.selectFrom("staff_user").select("id").orderBy("id").executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => t?.drop());

  it("keeps what a logged-in citizen saves on their own profile only", async () => {
    const r = await choosePreferences(t.db, citizen(citizenId), form({ textSize: "200", highContrast: "on" }));
    expect(r.ok).toBe(true);
    expect(await findReadingPreferences(t.db, { kind: "citizen", id: citizenId })).toBe("t200c");
    expect(await findReadingPreferences(t.db, { kind: "citizen", id: otherCitizenId })).toBeNull();
  });

  it("saves nothing for an anonymous reader, nor for a refused form", async () => {
    expect((await choosePreferences(t.db, { kind: "anonymous" }, form({ textSize: "150" }))).ok).toBe(true);
    const refused = await choosePreferences(t.db, citizen(citizenId), form({ textSize: "300", spacing: "on" }));
    expect(refused.ok).toBe(false);
    expect(await findReadingPreferences(t.db, { kind: "citizen", id: citizenId })).toBe("t200c");
  });

  it("at login, brings the profile's preferences to the browser, whatever the browser had", async () => {
    expect(await preferencesAtLogin(t.db, { kind: "citizen", id: citizenId }, "t125s")).toMatchObject({ textSize: 200, highContrast: true, spacing: false });
    // The profile is unchanged by the browser's value.
    expect(await findReadingPreferences(t.db, { kind: "citizen", id: citizenId })).toBe("t200c");
  });

  it("at login with nothing on the profile, keeps the browser's choice on the profile", async () => {
    expect(await preferencesAtLogin(t.db, { kind: "staff", id: staffId }, "t150mf")).toBeNull();
    expect(await findReadingPreferences(t.db, { kind: "staff", id: staffId })).toBe("t150mf");
    // Normal preferences in the browser and none on the profile: nothing is written.
    expect(await preferencesAtLogin(t.db, { kind: "citizen", id: otherCitizenId }, null)).toBeNull();
    expect(await findReadingPreferences(t.db, { kind: "citizen", id: otherCitizenId })).toBeNull();
  });
});
