/**
 * An appeal against a traffic fine through the desk, on SQLite and PostgreSQL: the form opened from the
 * fine's link starts with the report number, plate and notification date; once submitted, the fine is
 * "appealed" and no notice is made for it any more (payment suspended). The demo fines are dated from
 * the real day, as the seed makes them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_FINES } from "#db/seed/fines-demo";
import { seed } from "#db/seed/index";
import { todayInItaly } from "~/domain/dates";
import { noScanner } from "~/services/antivirus.server";
import { acceptPrivacy, findOwnApplication, keepFile, saveStep, startApplication, submitApplication } from "~/services/applications.server";
import { NO_REQUEST } from "~/services/audit.server";
import { lookupFine, noticeForFine } from "~/services/fines.server";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";
import { testCitizen } from "../setup/applications";

const translate = ((key: string) => key) as never;

describe.each(databaseNames())("appealing against a fine on %s", (name) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seed(t.db, undefined, { demoStaff: true });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("starts prefilled from the fine's link, and once submitted suspends the fine's payment", async () => {
    const today = todayInItaly();
    const clock = { now: new Date().toISOString(), today };
    const { principal } = await testCitizen(t.db, 3, clock.now);
    const fine = await lookupFine(t.db, { reportNumber: DEMO_FINES.marioOpen.report, plate: DEMO_FINES.marioOpen.plate }, NO_REQUEST, new Date());
    if (!fine.ok) throw new Error("demo fine missing");
    const [y, m, d] = fine.fine.notified_on.split("-");
    const link = new URLSearchParams({ "prefill[fineNumber]": fine.fine.report_number, "prefill[plate]": fine.fine.plate, "prefill[notificationDate]": `${d}/${m}/${y}`, "prefill[appellantFiscalCode]": "RSSMRA85T10H501O" });
    const started = await startApplication(t.db, { slug: "multe-ricorso", principal, fresh: true, fromLink: link }, clock, NO_REQUEST);
    if (!started.ok) throw new Error(started.reason);
    const draft = (await findOwnApplication(t.db, started.id, principal, today))!;
    const answers = JSON.parse(draft.answers) as Record<string, string>;
    expect(answers).toMatchObject({ fineNumber: "V/2026/003987", plate: "EL915TR", notificationDate: `${d}/${m}/${y}` });
    // An identity field is never taken from a link.
    expect(answers.appellantFiscalCode).toBe(principal.citizen.fiscalCode);

    expect(await acceptPrivacy(t.db, started.id, principal, clock)).toBe("ok");
    const typed: Record<string, string> = { ...answers, role: "owner", authority: "prefetto", hearing: "no", grounds: "Il limite non era segnalato.", declaration: "confirmed", email: "mario@example.org" };
    let stepId: string | null = "verbale";
    for (let guard = 0; stepId && guard < 10; guard++) {
      const form = new FormData();
      for (const [k, v] of Object.entries(typed)) form.set(k, v);
      const result = await saveStep(t.db, { id: started.id, stepId, principal, form, backToSummary: false }, clock);
      expect(result.kind, stepId).toBe("next");
      if (result.kind !== "next") break;
      stepId = /\/passo\/([^/]+)$/.exec(result.to)?.[1] ?? null;
    }
    const bytes = new TextEncoder().encode("%PDF-1.7\n%%EOF\n");
    const kept = await keepFile(t.db, { applicationId: started.id, messageId: null, purpose: "document", specName: "reportCopy", uploadedBy: "citizen", file: { field: "reportCopy", originalName: "verbale.pdf", name: "verbale.pdf", kind: "pdf", mediaType: "application/pdf", size: bytes.byteLength, sha256: "ab".repeat(32), bytes, error: null } }, noScanner, clock);
    expect(kept.ok).toBe(true);

    const before = await noticeForFine(t.db, fine.fine, { segregation: "01", description: () => "x" }, today, clock.now);
    expect(before.ok).toBe(true);
    const submitted = await submitApplication(t.db, { id: started.id, principal, lang: "it", translators: { it: translate, en: translate }, emailTexts: () => ({ subject: "s", body: "b" }) }, clock, NO_REQUEST);
    expect(submitted.kind).toBe("submitted");
    const after = await lookupFine(t.db, { reportNumber: DEMO_FINES.marioOpen.report, plate: DEMO_FINES.marioOpen.plate }, NO_REQUEST, new Date());
    if (!after.ok) throw new Error("fine gone");
    expect(after.fine.state).toBe("appealed");
    expect(await noticeForFine(t.db, after.fine, { segregation: "01", description: () => "x" }, today, clock.now)).toEqual({ ok: false, reason: "not_payable" });
    // Anna's fine, not named by the appeal, is untouched.
    const anna = await lookupFine(t.db, { reportNumber: DEMO_FINES.annaOpen.report, plate: DEMO_FINES.annaOpen.plate }, NO_REQUEST, new Date());
    expect(anna.ok && anna.fine.state).toBe("open");
  });
});
