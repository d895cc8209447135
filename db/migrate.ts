import { env } from "../app/utils/env.server";
import { openDatabase } from "./connection";
import { migrateToLatest, migrateToZero } from "./migrator";

const db = openDatabase(env().DATABASE_URL);
try {
  if (process.argv.includes("--reset")) {
    await migrateToZero(db);
    console.log("db:reset: every migration rolled back");
  }
  const applied = await migrateToLatest(db);
  console.log(applied.length ? `db:migrate: applied ${applied.join(", ")}` : "db:migrate: already up to date");
} finally {
  await db.destroy();
}
