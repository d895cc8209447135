import type { Generated } from "kysely";

/** The accessibility feedback mechanism and yearly objectives (issue 7 §9; migration 2026-11-27T15-20-00). */
export interface AccessibilityTables {
  accessibility_feedback: AccessibilityFeedbackTable;
  accessibility_objective: AccessibilityObjectiveTable;
}

export type AccessibilityFeedbackState = "received" | "in_progress" | "answered";

export interface AccessibilityFeedbackTable {
  id: Generated<number>;
  /** "ACC-2026-00001", given once the id is known. */
  reference: string | null;
  /** The unguessable part of the receipt's address. */
  token: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  page_url: string;
  description: string;
  assistive_technology: string | null;
  lang: string;
  received_at: string;
  /** Received + 30 days (Italian calendar day). */
  due_on: string;
  state: AccessibilityFeedbackState;
  answer: string | null;
  answered_by: number | null;
  answered_at: string | null;
}

export type AccessibilityObjectiveState = "planned" | "in_progress" | "done" | "not_done";

export interface AccessibilityObjectiveTable {
  id: Generated<number>;
  year: number;
  objective: string;
  intervention: string;
  deadline: string;
  state: AccessibilityObjectiveState;
  /** An objective of the integrated plan this one contributes to ("OB-07"). */
  plan_objective_code: string | null;
  updated_by: number | null;
  updated_at: string;
}
