import type { Kysely } from "kysely";

// Frozen in time: this file never imports application code.

/** Appointments with the offices: calendars, closures and bookings. (Being written: issue 4 §8.) */
export async function up(_db: Kysely<any>): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
