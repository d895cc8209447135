/**
 * The errors an Identity Provider reports in `StatusMessage` as "ErrorCode nrNN" (AgID technical
 * rules, error table). The citizen-facing ones get a page of their own that says what to do; codes
 * 2–18 are faults of the service's configuration: the citizen reads "try later" and staff get a log.
 */
export const CITIZEN_ERROR_CODES = [19, 20, 21, 22, 23, 25, 30] as const;
export type CitizenErrorCode = (typeof CITIZEN_ERROR_CODES)[number];

export type SpidError =
  | { kind: "citizen"; code: CitizenErrorCode; i18nKey: `auth.error.nr${CitizenErrorCode}` }
  | { kind: "service"; code: number | null; i18nKey: "auth.error.generic" };

export function spidErrorFrom(statusMessage: string | null | undefined): SpidError {
  const match = /ErrorCode\s+nr(\d{1,3})\b/i.exec(statusMessage ?? "");
  const code = match ? Number(match[1]) : null;
  if (code !== null && (CITIZEN_ERROR_CODES as readonly number[]).includes(code)) {
    const c = code as CitizenErrorCode;
    return { kind: "citizen", code: c, i18nKey: `auth.error.nr${c}` };
  }
  return { kind: "service", code, i18nKey: "auth.error.generic" };
}
