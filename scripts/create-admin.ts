/**
 * Creates a staff administrator on a fresh installation (the demo seed's accounts are for the demo
 * only). Prints a temporary password, shown once: at the first login the person chooses their own
 * and enrols the second factor.
 *
 *   npm run staff:create-admin -- --username m.rossi --name "Maria Rossi" --email m.rossi@comune.example.it
 */
import { parseArgs } from "node:util";
import { openDatabase } from "#db/connection";
import { migrateToLatest } from "#db/migrator";
import { NO_REQUEST } from "../app/services/audit.server";
import { createStaffUser } from "../app/services/staff-auth.server";

const { values } = parseArgs({ options: { username: { type: "string" }, name: { type: "string" }, email: { type: "string" } } });
if (!values.username || !values.name || !values.email) {
  console.error('usage: npm run staff:create-admin -- --username USER --name "Full Name" --email ADDRESS');
  process.exit(2);
}
const db = openDatabase(process.env.DATABASE_URL ?? "file:./data/sportello.sqlite");
try {
  await migrateToLatest(db);
  const result = await createStaffUser(
    db,
    { username: values.username, displayName: values.name, email: values.email, roles: [{ role: "administrator" }] },
    { system: "create-admin" },
    NO_REQUEST,
  );
  if (!result.ok) {
    console.error(`not created: ${result.errors.join(", ")}`);
    process.exitCode = 1;
  } else {
    console.log(`administrator "${values.username}" created. Temporary password (shown once): ${result.temporaryPassword}`);
  }
} finally {
  await db.destroy();
}
