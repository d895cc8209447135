import { pingDatabase } from "~/models/health.server";
import type { Db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { dialectOf } from "#db/connection";

export async function checkHealth(db: Db) {
  const started = performance.now();
  try {
    await pingDatabase(db);
    return { status: "ok" as const, database: dialectOf(env().DATABASE_URL), latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: "error" as const, database: dialectOf(env().DATABASE_URL), error: (error as Error).message };
  }
}
