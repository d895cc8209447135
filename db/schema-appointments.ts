import type { ColumnType, Generated } from "kysely";

/**
 * The tables of appointments with the offices (issue 4 §8), merged into `Database` in schema.ts.
 * Conventions as in schema.ts. Times of day and appointment times are the comune's wall clock
 * (Europe/Rome) without a zone: "HH:MM" and "YYYY-MM-DDTHH:MM", so they sort as text.
 */
export interface AppointmentTables {
  office_calendar: OfficeCalendarTable;
  office_closure: OfficeClosureTable;
  appointment: AppointmentTable;
  appointment_slot: AppointmentSlotTable;
  appointment_draft: AppointmentDraftTable;
}

/** One opening period of an office on one weekday (a morning, an afternoon), split into slots. */
export interface OfficeCalendarTable {
  id: Generated<number>;
  office_id: number;
  /** 1 = Monday … 7 = Sunday (ISO 8601). */
  weekday: number;
  /** "HH:MM". */
  opens: string;
  /** "HH:MM"; the last slot ends at or before it. */
  closes: string;
  slot_minutes: number;
  /** YYYY-MM-DD, inclusive. */
  valid_from: string;
  /** YYYY-MM-DD, inclusive; null = until further notice. */
  valid_until: string | null;
  created_at: string;
}

/** A day an office does not receive (besides weekends without hours and the public holidays). */
export interface OfficeClosureTable {
  id: Generated<number>;
  office_id: number;
  /** YYYY-MM-DD. */
  day: string;
  reason: string;
  created_at: string;
}

export interface AppointmentTable {
  id: Generated<number>;
  office_id: number;
  /** The service chosen as the reason; null for "Altro" (the person's words are in `details`). */
  service_id: number | null;
  /** The reason as shown when booked (the service's title in the booking language, or "Altro"). */
  reason: string;
  /** "YYYY-MM-DDTHH:MM", Europe/Rome wall clock. */
  starts_at: string;
  ends_at: string;
  /** Set when a logged-in citizen booked: their personal area lists it. */
  citizen_fiscal_code: string | null;
  given_name: string;
  family_name: string;
  email: string;
  phone: string | null;
  details: string;
  /** Language of the e-mails. */
  lang: string;
  state: "booked" | "cancelled";
  /** sha256 (hex) of the cancellation link's token; the token itself is never stored in clear. */
  cancel_token_hash: string | null;
  created_at: string;
  cancelled_at: string | null;
  /** "citizen", "token" or "staff". */
  cancelled_by: string | null;
  /** 1 when a reminder for the day before was queued in the outbox. */
  reminder_queued: ColumnType<number, number | undefined, number>;
}

/** A taken slot: the primary key (office, start) makes a second booking of it fail; deleted on cancel. */
export interface AppointmentSlotTable {
  office_id: number;
  starts_at: string;
  appointment_id: number;
}

/** The booking flow's choices so far, keyed by a random id in the URL; deleted after expiry. */
export interface AppointmentDraftTable {
  /** Random, unguessable (base64url of 16 bytes). */
  id: string;
  /** When a logged-in citizen started it: only they may continue it. */
  owner_fiscal_code: string | null;
  /** JSON: the choices made (see app/domain/appointments.ts `DraftData`). */
  data: string;
  /** Once booked. */
  appointment_id: number | null;
  /** The cancellation token, sealed (secret-box) for the confirmation page only. */
  sealed_cancel_token: string | null;
  created_at: string;
  updated_at: string;
  expires_at: string;
}
