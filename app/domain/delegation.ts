/**
 * Delegations between citizens: a person (the grantor) lets another (the grantee, e.g. a relative
 * or a CAF/patronato operator) act for them on all services or on some, until a date. Pure rules;
 * the storage and the "acting for" switch live in the service layer.
 */
import { validateCodiceFiscale } from "./codice-fiscale";

export interface Delegation {
  grantorFiscalCode: string;
  granteeFiscalCode: string;
  scope: "all" | "services";
  /** Service ids covered when scope is "services". */
  serviceIds: readonly number[];
  /** ISO dates (yyyy-mm-dd), both included. */
  validFrom: string;
  validUntil: string;
  /** ISO instant of the revocation, or null. */
  revokedAt: string | null;
}

/** Our choice, not the law's: a delegation lasts at most a year; the citizen renews it if needed. */
export const MAX_DELEGATION_DAYS = 366;

export function isActive(d: Delegation, today: string): boolean {
  return d.revokedAt === null && d.validFrom <= today && today <= d.validUntil;
}

export function covers(d: Delegation, serviceId: number): boolean {
  return d.scope === "all" || d.serviceIds.includes(serviceId);
}

/**
 * Whether `grantee` may see and pay the grantor's taxes today: taxes are not one service of the
 * catalogue, so only a delegation for every service covers them.
 */
export function mayActOnTaxesFor(d: Delegation, granteeFiscalCode: string, today: string): boolean {
  return d.granteeFiscalCode === granteeFiscalCode && isActive(d, today) && d.scope === "all";
}

/** Whether `grantee` may act for `grantor` on `serviceId` today. */
export function mayActFor(d: Delegation, granteeFiscalCode: string, serviceId: number, today: string): boolean {
  return d.granteeFiscalCode === granteeFiscalCode && isActive(d, today) && covers(d, serviceId);
}

export type DelegationError =
  | "grantee.invalid"
  | "grantee.self"
  | "services.empty"
  | "dates.invalid"
  | "dates.past"
  | "dates.order"
  | "dates.tooLong";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/** Checks a new delegation as the grantor typed it; the codes become translated messages in the UI (issue 3). */
export function validateNewDelegation(
  input: { grantorFiscalCode: string; granteeFiscalCode: string; scope: "all" | "services"; serviceIds: readonly number[]; validFrom: string; validUntil: string },
  today: string,
): DelegationError[] {
  const errors: DelegationError[] = [];
  const grantee = validateCodiceFiscale(input.granteeFiscalCode);
  if (!grantee.ok) errors.push("grantee.invalid");
  else if (grantee.value === input.grantorFiscalCode) errors.push("grantee.self");
  if (input.scope === "services" && input.serviceIds.length === 0) errors.push("services.empty");
  if (!ISO_DATE.test(input.validFrom) || !ISO_DATE.test(input.validUntil) || Number.isNaN(dayNumber(input.validFrom)) || Number.isNaN(dayNumber(input.validUntil))) {
    errors.push("dates.invalid");
    return errors;
  }
  if (input.validFrom < today) errors.push("dates.past");
  if (input.validUntil < input.validFrom) errors.push("dates.order");
  else if (dayNumber(input.validUntil) - dayNumber(input.validFrom) > MAX_DELEGATION_DAYS) errors.push("dates.tooLong");
  return errors;
}
