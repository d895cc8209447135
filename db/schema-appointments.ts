/**
 * The tables of appointments with the offices (issue 4 §8), merged into `Database` in schema.ts.
 * Conventions as in schema.ts.
 */
export interface AppointmentTables {}
