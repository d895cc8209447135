/**
 * Who is making a request, as the session says: nobody, a citizen (possibly acting for someone who
 * delegated them), or a staff member (possibly half-way through the second factor). Pure types and
 * rules; the session layer fills them.
 */
import type { Actor, Role } from "./permissions";
import type { SpidLevel } from "./spid-levels";

/** What a SPID/CIE login puts in the session. */
export interface CitizenSubject {
  kind: "citizen";
  id: number;
  fiscalCode: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
  email: string | null;
  method: "spid" | "cie";
  level: SpidLevel;
  idpEntityId: string;
  /** For single logout: the NameID, its qualifier and the IdP's session index. */
  nameId: string;
  nameQualifier: string | null;
  sessionIndex: string | null;
}

/**
 * A staff login goes through stages: the password is right, then the second factor is enrolled
 * and/or checked, then (if an administrator reset it) the password is changed. Only "full" may do anything.
 */
export type StaffStage = "totp" | "enrol_totp" | "change_password" | "full";

export interface StaffSubject {
  kind: "staff";
  id: number;
  stage: StaffStage;
}

export type SessionSubject = CitizenSubject | StaffSubject;

export interface ActingFor {
  delegationId: number;
  grantorFiscalCode: string;
  grantorName: string | null;
}

export interface StaffProfile {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  /** Slugs of the offices the staff member works in. */
  offices: string[];
}

export type Principal =
  | { kind: "anonymous" }
  | { kind: "citizen"; citizen: CitizenSubject; actingFor: ActingFor | null }
  | { kind: "staff"; staff: StaffProfile; stage: StaffStage };

/** The roles the permission matrix sees. A delegate acting for someone is only a delegate meanwhile. */
export function actorOf(principal: Principal): Actor | null {
  switch (principal.kind) {
    case "anonymous":
      return null;
    case "citizen":
      return { roles: [principal.actingFor ? "delegate" : "citizen"] };
    case "staff":
      return principal.stage === "full" ? { roles: principal.staff.roles, offices: principal.staff.offices } : null;
  }
}

/** Whose data a citizen-side page shows: their own, or the grantor's while acting for them. */
export function effectiveFiscalCode(principal: Extract<Principal, { kind: "citizen" }>): string {
  return principal.actingFor?.grantorFiscalCode ?? principal.citizen.fiscalCode;
}

/** Only internal paths may be returned to after a login (no open redirect). */
export function safeReturnPath(value: string | null | undefined, fallback = "/area-personale"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\") || /[\r\n\t]/.test(value)) return fallback;
  return value;
}
