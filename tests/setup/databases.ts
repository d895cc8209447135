import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Kysely } from "kysely";
import pg from "pg";
import { openDatabase } from "#db/connection";
import { migrateToLatest } from "#db/migrator";
import type { Database } from "#db/schema";

export interface TestDatabase {
  name: "sqlite" | "postgres";
  db: Kysely<Database>;
  url: string;
  drop: () => Promise<void>;
}

/**
 * The databases the integration tests run on: SQLite always, PostgreSQL when TEST_POSTGRES_URL names
 * a server (scripts/test.sh sets it when one answers; CI always has one). Each call gets a database of
 * its own, migrated to the latest schema, so test files never share state.
 */
export function databaseNames(): ("sqlite" | "postgres")[] {
  return process.env.TEST_POSTGRES_URL ? ["sqlite", "postgres"] : ["sqlite"];
}

export async function createTestDatabase(name: "sqlite" | "postgres"): Promise<TestDatabase> {
  if (name === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "sportello-test-"));
    const url = `file:${join(dir, "test.sqlite")}`;
    const db = openDatabase(url);
    await migrateToLatest(db);
    return {
      name,
      db,
      url,
      drop: async () => {
        await db.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = process.env.TEST_POSTGRES_URL;
  if (!adminUrl) throw new Error("TEST_POSTGRES_URL is not set");
  const dbName = `sportello_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const db = openDatabase(url.toString());
  await migrateToLatest(db);
  return {
    name,
    db,
    url: url.toString(),
    drop: async () => {
      await db.destroy();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      // The pool has ended; its sockets may take a moment to go, so retry instead of forcing them off.
      for (let attempt = 0; ; attempt++) {
        try {
          await client.query(`DROP DATABASE IF EXISTS ${dbName}`);
          break;
        } catch (error) {
          if (attempt >= 20) throw error;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      await client.end();
    },
  };
}
