import type { Generated } from "kysely";

/** How an application reached the comune outside the desk. */
export type CounterChannel = "counter" | "phone" | "email" | "pec";

/** An application received outside the desk, recorded by an operator (issue 6 §4, append-only). */
export interface CounterSubmissionTable {
  id: Generated<number>;
  service_id: number;
  /** YYYY-MM-DD, the day it was received. */
  received_on: string;
  channel: CounterChannel;
  protocol_number: string | null;
  recorded_by: number;
  recorded_at: string;
}

export interface DeskTables {
  counter_submission: CounterSubmissionTable;
}
