import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";
import type { AppointmentTables } from "./schema-appointments";
import type { AssistedTables } from "./schema-assisted";
import type { DeskTables } from "./schema-desk";
import type { AccessibilityTables } from "./schema-accessibility";
import type { FineTables } from "./schema-fines";
import type { PlanTables } from "./schema-plan";
import type { TaxTables } from "./schema-tax";

/**
 * The Database interface Kysely types every query against.
 * Conventions: ids are integers; booleans are 0/1 integers and timestamps ISO-8601 text, so that one
 * set of queries runs unchanged on SQLite and PostgreSQL. Translatable text lives in `*_translation`
 * tables keyed by (owner id, lang), so a comune can add a language without a migration.
 */
export interface Database extends AppointmentTables, TaxTables, FineTables, PlanTables, DeskTables, AssistedTables, AccessibilityTables {
  comune: ComuneTable;
  comune_translation: ComuneTranslationTable;
  category: CategoryTable;
  category_translation: CategoryTranslationTable;
  topic: TopicTable;
  topic_translation: TopicTranslationTable;
  office: OfficeTable;
  office_translation: OfficeTranslationTable;
  service: ServiceTable;
  service_translation: ServiceTranslationTable;
  service_topic: ServiceTopicTable;
  article: ArticleTable;
  article_translation: ArticleTranslationTable;
  faq: FaqTable;
  faq_translation: FaqTranslationTable;
  feedback: FeedbackTable;
  session: SessionTable;
  citizen: CitizenTable;
  saml_request: SamlRequestTable;
  used_assertion: UsedAssertionTable;
  signing_key: SigningKeyTable;
  test_idp_request: TestIdpRequestTable;
  staff_user: StaffUserTable;
  staff_role: StaffRoleTable;
  login_throttle: LoginThrottleTable;
  delegation: DelegationTable;
  delegation_service: DelegationServiceTable;
  audit_log: AuditLogTable;
  protocol_counter: ProtocolCounterTable;
  application: ApplicationTable;
  application_event: ApplicationEventTable;
  application_message: ApplicationMessageTable;
  attachment: AttachmentTable;
  file_blob: FileBlobTable;
  outbox: OutboxTable;
}

export interface ComuneTable {
  id: Generated<number>;
  slug: string;
  name: string;
  province_code: string;
  province_name: string;
  region_name: string;
  region_url: string;
  codice_catastale: string;
  codice_fiscale: string;
  partita_iva: string | null;
  ipa_code: string;
  email: string;
  pec: string;
  phone: string;
  urp_email: string;
  street_address: string;
  postal_code: string;
  locality: string;
  website_url: string;
  logo_path: string | null;
  accessibility_declaration_url: string;
  updated_at: string;
}

export interface ComuneTranslationTable {
  comune_id: number;
  lang: string;
  /** Opening hours of the public relations office (URP), as the citizen reads them. */
  urp_hours: string;
  tagline: string;
}

export interface CategoryTable {
  id: Generated<number>;
  slug: string;
  sort_order: number;
}

export interface CategoryTranslationTable {
  category_id: number;
  lang: string;
  name: string;
  description: string;
}

export interface TopicTable {
  id: Generated<number>;
  slug: string;
  sort_order: number;
}

export interface TopicTranslationTable {
  topic_id: number;
  lang: string;
  name: string;
  description: string;
}

export interface OfficeTable {
  id: Generated<number>;
  slug: string;
  email: string;
  pec: string | null;
  phone: string;
  street_address: string;
  postal_code: string;
  locality: string;
  sort_order: number;
}

export interface OfficeTranslationTable {
  office_id: number;
  lang: string;
  name: string;
  description: string;
  opening_hours: string;
}

export interface ServiceTable {
  id: Generated<number>;
  slug: string;
  category_id: number;
  office_id: number;
  /** 1 = active (the service can be used now), 0 = suspended. */
  active: number;
  /** Path or URL where the service is used online; null when it is only at the counter. */
  online_url: string | null;
  /** 1 when an appointment can be booked for it. */
  bookable: number;
  /** Position among the services shown first on the home page; null = not featured. */
  featured_rank: number | null;
  /** Document with the conditions of service (path under /documenti or an absolute URL). */
  conditions_url: string;
  /** SPID level (1–3) asked when a login starts from this service. */
  spid_level: ColumnType<number, number | undefined, number>;
  updated_at: string;
}

export interface ServiceTranslationTable {
  service_id: number;
  lang: string;
  title: string;
  /** One or two sentences: the card text and the page's lead paragraph. */
  summary: string;
  /** "A chi è rivolto". */
  audience: string;
  /** Short label of the audience for structured data, e.g. "Cittadini", "Imprese". */
  audience_type: string;
  /** "Descrizione". */
  description: string;
  /** "Come fare". */
  how_to: string;
  /** "Cosa serve". */
  needed: string;
  /** "Cosa si ottiene". */
  outcome: string;
  /** "Tempi e scadenze". */
  deadlines: string;
  /** "Quanto costa". */
  cost: string;
  /** "Accedere al servizio": how and where, beyond the online button. */
  access: string;
  /** "Condizioni di servizio": the short text beside the conditions document. */
  conditions: string;
  /** Extra words people search with (synonyms, old names), space separated. */
  keywords: string;
  /**
   * "In parole semplici": a few short sentences in everyday words, second person, no jargon, shown
   * in a box at the top of the service page (issue 7 §2). Empty means no box.
   */
  plain_summary: string;
}

export interface ServiceTopicTable {
  service_id: number;
  topic_id: number;
}

export type ArticleKind = "notice" | "place" | "event";

export interface ArticleTable {
  id: Generated<number>;
  slug: string;
  kind: ArticleKind;
  office_id: number | null;
  published_at: string;
  /** Events: start and end; notices: the date the notice refers to (e.g. a tax deadline). */
  starts_at: string | null;
  ends_at: string | null;
  street_address: string | null;
}

export interface ArticleTranslationTable {
  article_id: number;
  lang: string;
  title: string;
  summary: string;
  body: string;
}

export interface FaqTable {
  id: Generated<number>;
  sort_order: number;
  category_id: number | null;
}

export interface FaqTranslationTable {
  faq_id: number;
  lang: string;
  question: string;
  answer: string;
}

export interface FeedbackTable {
  id: Generated<number>;
  /** Path of the page rated, without query string. */
  page_path: string;
  service_id: number | null;
  rating: number;
  /** Stable code of the reason picked (see app/domain/feedback.ts), or null. */
  reason: string | null;
  comment: string | null;
  lang: string;
  created_at: string;
}

export type Comune = Selectable<ComuneTable>;
export type NewComune = Insertable<ComuneTable>;
export type ComuneUpdate = Updateable<ComuneTable>;
export type Service = Selectable<ServiceTable>;
export type NewService = Insertable<ServiceTable>;
export type ServiceTranslation = Selectable<ServiceTranslationTable>;
export type Office = Selectable<OfficeTable>;
export type Article = Selectable<ArticleTable>;
export type NewFeedback = Insertable<FeedbackTable>;

export interface SessionTable {
  /** Random, unguessable; the cookie carries it signed. */
  id: string;
  /** The session's values as JSON. */
  data: string;
  created_at: string;
  last_seen_at: string;
  /** After this instant the session ends whatever the activity (absolute timeout). */
  absolute_expires_at: string;
  /** Who is logged in ("citizen:12", "staff:3"), so every session of one person can be found; null when anonymous. */
  subject: ColumnType<string | null, string | null | undefined, string | null>;
  /** The SAML NameID of a SPID/CIE login, for IdP-initiated logout. */
  saml_name_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A person known from SPID or CIE: created at the first login, refreshed at each one. */
export interface CitizenTable {
  id: Generated<number>;
  /** 16 characters, upper case, as the IdP sent it (omocodia kept). */
  fiscal_code: string;
  given_name: string;
  family_name: string;
  /** YYYY-MM-DD, or null when the IdP did not send it. */
  date_of_birth: string | null;
  email: string | null;
  first_login_at: string;
  last_login_at: string;
  /** "spid" or "cie". */
  last_auth_method: string;
  /** Reading preferences as the cookie stores them (app/domain/reading-preferences.ts); null when never saved. */
  reading_preferences: ColumnType<string | null, string | null | undefined, string | null>;
}

/** An AuthnRequest or LogoutRequest we sent and still wait an answer for (InResponseTo). Consumed once. */
export interface SamlRequestTable {
  /** The request's ID attribute. */
  id: string;
  kind: "authn" | "logout";
  profile: "spid" | "cie";
  idp_entity_id: string;
  requested_level: number;
  acs_url: string;
  issue_instant: string;
  expires_at: string;
  /** Opaque random value sent as RelayState (never a URL). */
  relay_state: string;
  /** Internal path to go back to after the login. */
  return_to: string;
  /** sha256 of the nonce cookie set in the browser that started the login. */
  browser_binding_hash: string;
  session_id: string | null;
}

/** Assertion ids already used, kept while the assertion is valid: a second use is a replay. */
export interface UsedAssertionTable {
  idp_entity_id: string;
  assertion_id: string;
  not_on_or_after: string;
  used_at: string;
}

/** Keys made by the desk itself: the demo SP key and the test IdP's key (production SP keys come from files). */
export interface SigningKeyTable {
  purpose: string;
  private_key_pem: string;
  certificate_pem: string;
  created_at: string;
}

/** The bundled test IdP's pending AuthnRequests (the test IdP is off in production). */
export interface TestIdpRequestTable {
  id: string;
  authn_request_id: string;
  sp_entity_id: string;
  acs_url: string;
  profile: "spid" | "cie";
  requested_level: number;
  relay_state: string | null;
  created_at: string;
}

export interface StaffUserTable {
  id: Generated<number>;
  /** Lower case. */
  username: string;
  display_name: string;
  email: string;
  /** argon2id PHC string. */
  password_hash: string;
  must_change_password: ColumnType<number, number | undefined, number>;
  password_changed_at: string;
  /** AES-256-GCM "iv.ciphertext.tag" (base64url); null until the second factor is enrolled. */
  totp_secret_enc: string | null;
  totp_enrolled_at: string | null;
  /** Last 30-second step accepted: a code is never accepted twice. */
  totp_last_step: number | null;
  failed_attempts: ColumnType<number, number | undefined, number>;
  /** How many times the account was locked since the last successful login (the lock doubles each time). */
  lockouts: ColumnType<number, number | undefined, number>;
  locked_until: string | null;
  active: ColumnType<number, number | undefined, number>;
  created_at: string;
  updated_at: string;
  /** Reading preferences as the cookie stores them (app/domain/reading-preferences.ts); null when never saved. */
  reading_preferences: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface StaffRoleTable {
  id: Generated<number>;
  staff_user_id: number;
  role: "operator" | "tax_office" | "plan_owner" | "plan_approver" | "administrator";
  /** For operators: the office (service area) they work in; null for roles that are not office-scoped. */
  office_id: number | null;
}

/** Failure counters per IP and per username, shared by every app instance. */
export interface LoginThrottleTable {
  key: string;
  window_start: string;
  count: number;
}

export interface DelegationTable {
  id: Generated<number>;
  grantor_fiscal_code: string;
  grantee_fiscal_code: string;
  scope: "all" | "services";
  /** YYYY-MM-DD, inclusive. */
  valid_from: string;
  /** YYYY-MM-DD, inclusive. */
  valid_until: string;
  revoked_at: string | null;
  created_at: string;
}

export interface DelegationServiceTable {
  delegation_id: number;
  service_id: number;
}

/** Append-only: the model offers insert and select, nothing else. Never passwords, never SAML XML. */
export interface AuditLogTable {
  id: Generated<number>;
  occurred_at: string;
  /** A stable code such as "login.spid.success" or "permission.denied". */
  event: string;
  outcome: "success" | "failure" | "denied";
  actor_kind: "anonymous" | "citizen" | "staff" | "system";
  actor_id: number | null;
  actor_fiscal_code: string | null;
  /** When a delegate acts: the grantor's codice fiscale. */
  on_behalf_of_fiscal_code: string | null;
  target_kind: string | null;
  target_id: string | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  /** JSON. */
  details: string | null;
}

/** The last protocol number given in each year (see app/models/protocol.server.ts). */
export interface ProtocolCounterTable {
  year: number;
  last_number: number;
}

/** An online application (istanza), from draft to conclusion. */
export interface ApplicationTable {
  id: Generated<number>;
  service_id: number;
  /** The office responsible for the service when the application was started. */
  office_id: number | null;
  form_slug: string;
  /** The form definition's version the answers were given to. */
  form_version: number;
  /** The person the application is for (a delegate's grantor, or the citizen themselves). */
  applicant_fiscal_code: string;
  applicant_name: string;
  /** Who filled and sent it: differs from the applicant when a delegate acts. */
  submitted_by_fiscal_code: string;
  delegation_id: number | null;
  state: "draft" | "submitted" | "in_charge" | "integration_requested" | "payment_requested" | "accepted" | "rejected" | "withdrawn";
  /** JSON: the raw answers as typed (RawAnswers), saved at every step. */
  answers: string;
  /** JSON: ids of the steps the citizen has tried to continue from (their errors are shown on return). */
  attempted_steps: string;
  /** JSON: the summary as shown at submission, in every language (frozen). Null while a draft. */
  summary: string | null;
  privacy_accepted_at: string | null;
  protocol_year: number | null;
  protocol_number: number | null;
  submitted_at: string | null;
  /** YYYY-MM-DD: the legal term, recomputed when an integration suspends it. */
  due_on: string | null;
  /** JSON DeadlineRule used for this application. */
  deadline_rule: string | null;
  assigned_staff_id: number | null;
  concluded_at: string | null;
  created_at: string;
  updated_at: string;
}

/** One step of an application's history. `visibility` says whether the citizen sees it. */
export interface ApplicationEventTable {
  id: Generated<number>;
  application_id: number;
  occurred_at: string;
  actor_kind: "citizen" | "staff" | "system";
  actor_staff_id: number | null;
  actor_fiscal_code: string | null;
  /** A workflow event (submit, take_in_charge …) or "assign", "note". */
  event: string;
  from_state: string | null;
  to_state: string | null;
  visibility: "citizen" | "internal";
  note: string | null;
  /** For integration requests: the day the citizen is asked to answer by. */
  reply_by: string | null;
}

/** A message between the citizen and the office, or an internal note (visibility "internal"). */
export interface ApplicationMessageTable {
  id: Generated<number>;
  application_id: number;
  sender: "citizen" | "office";
  sender_staff_id: number | null;
  sender_fiscal_code: string | null;
  visibility: "citizen" | "internal";
  body: string;
  sent_at: string;
  /** When the other side first read it. */
  read_at: string | null;
}

/** A file of an application: the citizen's documents, the receipt, the office's documents. */
export interface AttachmentTable {
  id: Generated<number>;
  application_id: number;
  message_id: number | null;
  purpose: "document" | "receipt" | "office_document";
  /** The form's AttachmentSpec name (documents only). */
  spec_name: string | null;
  /** Sanitised. */
  file_name: string;
  /** Recognised from the content. */
  media_type: string;
  size_bytes: number;
  sha256: string;
  blob_id: number;
  scan_status: "not_scanned" | "clean" | "infected";
  uploaded_by: "citizen" | "office" | "system";
  created_at: string;
}

/** The bytes of stored files (behind the FileStore interface; an object store can replace it). */
export interface FileBlobTable {
  id: Generated<number>;
  data: Uint8Array;
}

/** Notifications to send (e-mail), claimed by any app instance. */
export interface OutboxTable {
  id: Generated<number>;
  kind: "email";
  recipient: string;
  subject: string;
  body: string;
  related_kind: string | null;
  related_id: string | null;
  created_at: string;
  /** Not before this instant (reminders, retries). */
  available_at: string;
  /** A sender holds the row until then. */
  claimed_until: string | null;
  sent_at: string | null;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
}
