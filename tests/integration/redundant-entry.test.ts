/**
 * WCAG 3.3.7 Redundant entry, through the form engine's services on SQLite and PostgreSQL: walking a
 * multi-step form, what the identity already says (name, codice fiscale, e-mail) is shown prefilled —
 * read-only when it is the identity itself — and no question comes back on a later step. Also for an
 * operator filling a form with a citizen: what they typed when identifying the citizen is not asked again.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "#db/seed/index";
import { activeSteps } from "~/forms/engine";
import { findForm, FORMS } from "~/forms/registry";
import type { Identity } from "~/forms/engine";
import { type FieldView, stepView } from "~/forms/view";
import { findApplication } from "~/models/application.server";
import { type CitizenPrincipal, parseAnswers, saveStep, startApplication } from "~/services/applications.server";
import { assistingPrincipal, startAssisted } from "~/services/assisted-applications.server";
import { NO_REQUEST } from "~/services/audit.server";
import { getStaffPrincipal } from "~/services/staff-auth.server";
import { TARI_ANSWERS, testCitizen } from "../setup/applications";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

const t = ((key: string) => key) as never;
const clock = { now: "2026-11-27T09:00:00.000Z", today: "2026-11-27" };

/** Every question a step shows, groups' items included. */
function questions(fields: FieldView[]): FieldView[] {
  return fields.flatMap((f) => (f.type === "group" ? f.items.flatMap((i) => questions(i.fields)) : [f]));
}

/** Walks a draft's steps with the given answers, returning each step's questions as the page shows them before answering. */
async function walk(db: TestDatabase["db"], id: number, principal: Parameters<typeof saveStep>[1]["principal"], answers: Record<string, string>) {
  const seen: { step: string; fields: FieldView[] }[] = [];
  const row = await findApplication(db, id);
  const def = findForm(row!.form_slug)!;
  let stepId: string | null = activeSteps(def, parseAnswers(row!))[0]!.id;
  for (let guard = 0; stepId && guard < 12; guard++) {
    const current = await findApplication(db, id);
    const step = def.steps.find((s) => s.id === stepId)!;
    seen.push({ step: stepId, fields: questions(stepView(step, parseAnswers(current!), {}, t).fields).filter((f) => f.active) });
    // As a browser does: what the page shows filled in is sent back as it is, unless typed over.
    const form = new FormData();
    for (const f of seen.at(-1)!.fields) if (f.value && !f.options.length) form.set(f.name, f.value);
    for (const [k, v] of Object.entries(answers)) form.set(k, v);
    const result = await saveStep(db, { id, stepId, principal, form, backToSummary: false }, clock);
    if (result.kind !== "next") throw new Error(`step ${stepId}: ${result.kind}`);
    stepId = /\/passo\/([^/]+)$/.exec(result.to)?.[1] ?? null;
  }
  return seen;
}

describe.each(databaseNames())("redundant entry (WCAG 3.3.7) on %s", (name) => {
  let db: TestDatabase;
  let anna: CitizenPrincipal;

  beforeAll(async () => {
    db = await createTestDatabase(name);
    await seed(db.db, undefined, { demoStaff: true });
    anna = (await testCitizen(db.db, 1, clock.now)).principal;
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("never asks a question twice across the TARI form's steps, and shows the SPID e-mail already filled", async () => {
    const started = await startApplication(db.db, { slug: "tari-iscrizione", principal: anna, fresh: true }, clock, NO_REQUEST);
    if (!started.ok) throw new Error(started.reason);
    const { email: _typed, ...answers } = TARI_ANSWERS;
    const steps = await walk(db.db, started.id, anna, answers);
    expect(steps.length).toBeGreaterThanOrEqual(5);
    const names = steps.flatMap((s) => s.fields.map((f) => f.name));
    expect(new Set(names).size).toBe(names.length);
    const email = steps.flatMap((s) => s.fields).find((f) => f.name === "email");
    expect(email?.value).toBe(anna.citizen.email);
    // Nothing typed on the e-mail's page: the identity's address is what the draft keeps.
    const row = await findApplication(db.db, started.id);
    expect(parseAnswers(row!).email).toBe(anna.citizen.email);
  });

  it("shows the applicant's name and codice fiscale read-only on the appeal form and keeps them whatever is posted", async () => {
    const started = await startApplication(db.db, { slug: "multe-ricorso", principal: anna, fresh: true }, clock, NO_REQUEST);
    if (!started.ok) throw new Error(started.reason);
    const def = findForm("multe-ricorso")!;
    const step = def.steps.find((s) => s.id === "ricorrente")!;
    const fields = stepView(step, parseAnswers((await findApplication(db.db, started.id))!), {}, t).fields;
    const byName = Object.fromEntries(fields.map((f) => [f.name, f]));
    expect(byName.appellantName).toMatchObject({ value: "Cittadino Numero 2", locked: true });
    expect(byName.appellantFiscalCode).toMatchObject({ value: anna.citizen.fiscalCode, locked: true });
    const form = new FormData();
    form.set("appellantName", "Qualcun Altro");
    form.set("appellantFiscalCode", "RSSMRA85T10H501O");
    form.set("role", "driver");
    await saveStep(db.db, { id: started.id, stepId: "ricorrente", principal: anna, form, backToSummary: false }, clock);
    expect(parseAnswers((await findApplication(db.db, started.id))!)).toMatchObject({ appellantName: "Cittadino Numero 2", appellantFiscalCode: anna.citizen.fiscalCode });
  });

  it("prefills every form's identity questions from the identity and locks those that are the identity", () => {
    const identity: Identity = { givenName: "Anna", familyName: "Bianchi", fiscalCode: "BNCNNA41B43I625G", email: "anna@example.org", dateOfBirth: "1941-02-03" };
    for (const def of Object.values(FORMS)) {
      for (const step of def.steps) {
        for (const field of step.fields) {
          if (field.type === "group" || !field.prefill) continue;
          const view = questions(stepView(step, Object.fromEntries([[field.name, ""]]), {}, t).fields).find((f) => f.name === field.name);
          expect(view?.locked, `${def.slug} ${field.name}`).toBe(Boolean(field.locked));
          expect(identity[field.prefill === "fullName" ? "givenName" : field.prefill] ?? "", `${def.slug} ${field.name}`).not.toBe("");
        }
      }
    }
  });

  it("does not ask the operator again for what they typed identifying the citizen", async () => {
    const user = await db.db.selectFrom("staff_user").select("id").where("username", "=", "tributi").executeTakeFirstOrThrow();
    const staff = (await getStaffPrincipal(db.db, user.id))!;
    const started = await startAssisted(
      db.db,
      { staff, form: { service: "tari-iscrizione", channel: "phone", fiscalCode: anna.citizen.fiscalCode, givenName: "Cittadino", familyName: "Numero 2", documentType: "", documentNumber: "", verification: "Richiamato al numero in anagrafe", privacy: "yes" } },
      clock,
      NO_REQUEST,
    );
    if (!started.ok) throw new Error(JSON.stringify(started.errors));
    const p = (await assistingPrincipal(db.db, staff, started.id))!.principal;
    const { email: _typed, ...answers } = TARI_ANSWERS;
    const steps = await walk(db.db, started.id, p, answers);
    const names = steps.flatMap((s) => s.fields.map((f) => f.name));
    expect(new Set(names).size).toBe(names.length);
    // The e-mail the desk knows for this codice fiscale (from their SPID login) is already there.
    expect(steps.flatMap((s) => s.fields).find((f) => f.name === "email")?.value).toBe(anna.citizen.email);
  });
});
