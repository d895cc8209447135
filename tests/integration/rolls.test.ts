/**
 * Loading the IMU rolls on SQLite and PostgreSQL: a good file replaces the holdings (and the positions
 * follow), a file with one bad line changes nothing at all and says which line, a re-load is not added
 * twice. (The 100,000-line timing is scripts/bench-rolls.ts, not a test.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "#db/seed/index";
import { DEMO_TAXPAYER } from "#db/seed/tax-demo";
import { NO_REQUEST } from "~/services/audit.server";
import { loadRolls } from "~/services/rolls.server";
import { taxPosition } from "~/services/tax-position.server";
import { testFiscalCode } from "../setup/applications";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";
import { rollCsv } from "../setup/rolls";

describe.each(databaseNames())("loading the IMU rolls on %s", (name) => {
  let t: TestDatabase;
  const actor = { kind: "staff" as const, id: 1 };
  const now = () => new Date("2026-11-27T10:00:00Z");
  const count = async (table: "tax_possession" | "tax_property") => Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seed(t.db, undefined, { demoStaff: true });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("a file with one bad line changes nothing and names the line", async () => {
    const before = [await count("tax_possession"), await count("tax_property")];
    const lines = rollCsv(300).trim().split("\n");
    lines[150] = `0${lines[150]!.slice(1)}`; // a codice fiscale that cannot be one
    const r = await loadRolls(t.db, lines.join("\n"), actor, now, NO_REQUEST);
    expect(r).toMatchObject({ ok: false, lines: 300, errorCount: 1 });
    expect(!r.ok && r.errors[0]).toMatchObject({ line: 151, column: "codice_fiscale", code: "bad_fiscal_code" });
    expect([await count("tax_possession"), await count("tax_property")]).toEqual(before);
    expect((await taxPosition(t.db, DEMO_TAXPAYER, "2026-11-27")).years.length).toBeGreaterThan(0);
  });

  it("a good file replaces the rolls in one go, and the positions follow", async () => {
    const r = await loadRolls(t.db, rollCsv(2_000), actor, now, NO_REQUEST);
    expect(r).toMatchObject({ ok: true, lines: 2_000, holdings: 2_000, properties: 2_000 });
    expect(await count("tax_possession")).toBe(2_000);
    // Loading the same file again replaces, it does not add.
    await loadRolls(t.db, rollCsv(2_000), actor, now, NO_REQUEST);
    expect(await count("tax_possession")).toBe(2_000);
    // The demo taxpayer is not in this file: her holdings are gone with the old roll.
    expect((await taxPosition(t.db, DEMO_TAXPAYER, "2026-11-27")).holdings).toEqual([]);
    // Taxpayer 0 of the file: home and garage exempt, half a shop from 16 March 2024.
    const p = await taxPosition(t.db, testFiscalCode(0), "2026-11-27");
    expect(p.holdings.map((h) => h.category)).toEqual(["A/2", "C/6", "C/1"]);
    const y2024 = p.years.find((y) => y.year === 2024)!.imu!;
    expect(y2024.result.properties.map((x) => x.treatment.kind)).toEqual(["exempt", "exempt", "other"]);
    const audit = await t.db.selectFrom("audit_log").select(["event"]).where("event", "like", "tax.rolls_%").execute();
    expect(audit.map((a) => a.event).sort()).toEqual(["tax.rolls_loaded", "tax.rolls_loaded", "tax.rolls_refused"]);
  });
});
