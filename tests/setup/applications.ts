import type { Kysely } from "kysely";
import type { Database } from "#db/schema";
import { checkCharacter } from "~/domain/codice-fiscale";
import type { CitizenSubject } from "~/domain/principal";
import { upsertCitizen } from "~/models/citizen.server";
import { acceptPrivacy, type CitizenPrincipal, type Clock, saveStep, startApplication } from "~/services/applications.server";
import { NO_REQUEST } from "~/services/audit.server";

/** What a citizen answers on the TARI new-account form, by input name (every step reads only its own fields). */
export const TARI_ANSWERS: Record<string, string> = {
  payer: "self",
  "address.street": "Via Umberto I",
  "address.number": "12",
  "cadastral.foglio": "21",
  "cadastral.particella": "345",
  "cadastral.subalterno": "7",
  "cadastral.category": "A/2",
  surface: "84,50",
  hasAppurtenances: "no",
  use: "domestic_resident",
  hasNonResidentOccupants: "no",
  occupationTitle: "ownership",
  startDate: "01/06/2025",
  takesOver: "no",
  email: "cittadino@example.org",
};

/** A valid, distinct codice fiscale for test citizen i (letters from i, born 1 January 1980 in Milan). */
export function testFiscalCode(i: number): string {
  const letters = [Math.floor(i / 676) % 26, Math.floor(i / 26) % 26, i % 26].map((n) => String.fromCharCode(65 + n)).join("");
  const first15 = `CTZ${letters}80A01F205`;
  return first15 + checkCharacter(first15);
}

/** Test citizen i as a SPID login would leave them: the citizen row and the session's subject. */
export async function testCitizen(db: Kysely<Database>, i: number, now: string): Promise<{ subject: CitizenSubject; principal: CitizenPrincipal }> {
  const fiscalCode = testFiscalCode(i);
  const email = `c${i}@example.org`;
  const id = await upsertCitizen(db, { fiscal_code: fiscalCode, given_name: "Cittadino", family_name: `Numero ${i + 1}`, date_of_birth: "1980-01-01", email }, "spid", now);
  const subject: CitizenSubject = {
    kind: "citizen",
    id,
    fiscalCode,
    givenName: "Cittadino",
    familyName: `Numero ${i + 1}`,
    dateOfBirth: "1980-01-01",
    email,
    method: "spid",
    level: 2,
    idpEntityId: "https://idp.example.org",
    nameId: `name-${i}`,
    nameQualifier: null,
    sessionIndex: null,
  };
  return { subject, principal: { kind: "citizen", citizen: subject, actingFor: null } };
}

/** A TARI new-account draft with the privacy notice accepted and every step answered, ready to submit. */
export async function completeTariDraft(db: Kysely<Database>, principal: CitizenPrincipal, clock: Clock): Promise<number> {
  const started = await startApplication(db, { slug: "tari-iscrizione", principal, fresh: true }, clock, NO_REQUEST);
  if (!started.ok) throw new Error(`no draft: ${started.reason}`);
  if ((await acceptPrivacy(db, started.id, principal, clock)) !== "ok") throw new Error("privacy not accepted");
  let stepId: string | null = "chi-paga";
  for (let guard = 0; stepId && guard < 12; guard++) {
    const form = new FormData();
    for (const [k, v] of Object.entries(TARI_ANSWERS)) form.set(k, v);
    const result = await saveStep(db, { id: started.id, stepId, principal, form, backToSummary: false }, clock);
    if (result.kind !== "next") throw new Error(`step ${stepId}: ${result.kind}`);
    stepId = /\/passo\/([^/]+)$/.exec(result.to)?.[1] ?? null;
  }
  return started.id;
}
