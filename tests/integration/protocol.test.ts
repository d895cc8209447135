import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "#db/connection";
import type { Database } from "#db/schema";
import { formatProtocol, parseProtocol } from "~/domain/protocol";
import { nextProtocolNumber } from "~/models/protocol.server";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

describe("protocol numbers as printed", () => {
  it("pads the number, keeps the year, reads back", () => {
    expect(formatProtocol(2026, 123)).toBe("2026/0000123");
    expect(parseProtocol("2026/0000123")).toEqual({ year: 2026, number: 123 });
    expect(parseProtocol("2026/0000000")).toBeNull();
    expect(() => formatProtocol(2026, 0)).toThrow();
  });
});

describe.each(databaseNames())("the protocol register on %s", (name) => {
  let t: TestDatabase;
  /** A second, independent connection pool: another app instance (PostgreSQL only; SQLite has one writer process). */
  let other: Kysely<Database> | undefined;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    if (name === "postgres") other = openDatabase(t.url);
  });
  afterAll(async () => {
    await other?.destroy();
    await t?.drop();
  });

  it("gives unique, gap-free numbers to concurrent submissions, and a rolled-back one gives its number back", async () => {
    const pools = other ? [t.db, other] : [t.db];
    const submissions = Array.from({ length: 60 }, (_, i) => i);
    const results = await Promise.all(
      submissions.map(async (i) => {
        const db = pools[i % pools.length]!;
        try {
          return await db.transaction().execute(async (trx) => {
            const n = await nextProtocolNumber(trx, 2026);
            // Some submissions fail after taking their number (e.g. an attachment write fails).
            if (i % 7 === 3) throw new Error("rolled back");
            return n;
          });
        } catch {
          return null;
        }
      }),
    );
    const committed = results.filter((n): n is number => n !== null).sort((a, b) => a - b);
    expect(committed.length).toBe(60 - submissions.filter((i) => i % 7 === 3).length);
    expect(committed).toEqual(Array.from({ length: committed.length }, (_, i) => i + 1));
    // Each year starts again from 1.
    expect(await t.db.transaction().execute((trx) => nextProtocolNumber(trx, 2027))).toBe(1);
    expect(await t.db.transaction().execute((trx) => nextProtocolNumber(trx, 2026))).toBe(committed.length + 1);
  });
});
