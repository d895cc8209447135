/**
 * SPID authentication levels as the AuthnContextClassRef URIs of the AgID technical rules. Only
 * these exact URIs count: the old `urn:oasis:…:SpidL1` form is refused (spid-sp-test case 97).
 */
export const SPID_LEVELS = {
  1: "https://www.spid.gov.it/SpidL1",
  2: "https://www.spid.gov.it/SpidL2",
  3: "https://www.spid.gov.it/SpidL3",
} as const;

export type SpidLevel = keyof typeof SPID_LEVELS;

export function levelOf(uri: string | null | undefined): SpidLevel | null {
  for (const [level, value] of Object.entries(SPID_LEVELS)) if (uri === value) return Number(level) as SpidLevel;
  return null;
}

/** The level asserted satisfies the one requested when it is at least as strong (Comparison="minimum"). */
export function satisfies(asserted: SpidLevel, requested: SpidLevel): boolean {
  return asserted >= requested;
}

/** The rules ask ForceAuthn for every request above level 1, so a stronger login is never reused silently. */
export function forceAuthnFor(level: SpidLevel): boolean {
  return level > 1;
}
