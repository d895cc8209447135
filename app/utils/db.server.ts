import type { Kysely, Transaction } from "kysely";
import { openDatabase } from "#db/connection";
import type { Database } from "#db/schema";
import { env } from "./env.server";

export type Db = Kysely<Database>;
export type DbOrTrx = Kysely<Database> | Transaction<Database>;

let instance: Db | undefined;

/** The process-wide database handle, opened lazily from DATABASE_URL. */
export function db(): Db {
  instance ??= openDatabase(env().DATABASE_URL);
  return instance;
}

export async function closeDb(): Promise<void> {
  if (instance) {
    const current = instance;
    instance = undefined;
    await current.destroy();
  }
}
