/** How an operator helped a citizen fill an application (issue 7 §7). */
export type AssistedChannel = "counter" | "phone";
/** How the citizen confirmed the summary the operator prepared with them. */
export type AssistedConfirmation = "signed_summary" | "verbal";

export interface ApplicationAssistanceTable {
  application_id: number;
  channel: AssistedChannel;
  /** The operator who filled it with the citizen. */
  staff_id: number;
  /** The operator's office that helped (the service's office, one of the operator's). */
  office_id: number | null;
  /** The citizen's names as the operator checked them. */
  given_name: string;
  family_name: string;
  /** At the counter: the identity document shown (type and number). */
  id_document_type: string | null;
  id_document_number: string | null;
  /** On the phone: how the operator verified who was calling. */
  phone_verification: string | null;
  privacy_informed_at: string;
  confirmation_method: AssistedConfirmation | null;
  confirmation_note: string | null;
  confirmed_at: string | null;
  created_at: string;
}

export interface AssistedTables {
  application_assistance: ApplicationAssistanceTable;
}
