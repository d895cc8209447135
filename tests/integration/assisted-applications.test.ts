/**
 * Assisted applications (issue 7 §7) through their services, on SQLite and PostgreSQL: an operator of
 * the tax office identifies a citizen at the counter, fills the TARI form's own steps for them, cannot
 * send without the citizen's confirmation, sends it with the signed summary recorded; the draft was
 * never the citizen's meanwhile, the sent application is (in their list and page, marked assisted),
 * the office's inbox has it, it is audited, and the plan's online share counts it with the counter.
 */
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "#db/schema";
import { seed } from "#db/seed/index";
import type { IdentifyForm } from "~/domain/assisted";
import { listSystemMeasurements } from "~/models/desk-metrics.server";
import {
  type CitizenPrincipal,
  citizenCase,
  findOwnApplication,
  listMine,
  saveStep,
  startApplication,
  submitApplication,
} from "~/services/applications.server";
import { assistanceOf, assistingPrincipal, startAssisted, submitAssisted } from "~/services/assisted-applications.server";
import { NO_REQUEST } from "~/services/audit.server";
import { inbox, type StaffPrincipal } from "~/services/backoffice.server";
import { refreshDeskMetrics } from "~/services/desk-metrics.server";
import { getStaffPrincipal } from "~/services/staff-auth.server";
import { completeTariDraft, TARI_ANSWERS, testCitizen } from "../setup/applications";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

const translate = ((key: string) => key) as never;
const texts = () => ({ subject: "Oggetto", body: "Testo" });
const clock = { now: "2026-11-27T09:00:00.000Z", today: "2026-11-27" };

async function staffPrincipal(db: Kysely<Database>, username: string): Promise<StaffPrincipal> {
  const user = await db.selectFrom("staff_user").select("id").where("username", "=", username).executeTakeFirstOrThrow();
  const staff = await getStaffPrincipal(db, user.id);
  if (!staff) throw new Error(`no staff ${username}`);
  return { kind: "staff", stage: "full", staff };
}

const blank: IdentifyForm = { service: "", channel: "", fiscalCode: "", givenName: "", familyName: "", documentType: "", documentNumber: "", verification: "", privacy: "" };

describe.each(databaseNames())("assisted applications on %s", (name) => {
  let t: TestDatabase;
  let tributi: StaffPrincipal;
  let anagrafe: StaffPrincipal;
  let anna: CitizenPrincipal;
  let mario: CitizenPrincipal;

  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seed(t.db, undefined, { demoStaff: true });
    tributi = await staffPrincipal(t.db, "tributi");
    anagrafe = await staffPrincipal(t.db, "anagrafe");
    anna = (await testCitizen(t.db, 1, clock.now)).principal;
    mario = (await testCitizen(t.db, 2, clock.now)).principal;
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("refuses an identification with what is missing, by channel", async () => {
    const empty = await startAssisted(t.db, { staff: tributi.staff, form: blank }, clock, NO_REQUEST);
    expect(empty).toEqual({
      ok: false,
      errors: { service: "service_missing", channel: "channel_missing", fiscalCode: "fiscal_code_missing", givenName: "name_missing", familyName: "name_missing", privacy: "privacy_missing" },
    });
    const base = { ...blank, service: "tari-iscrizione", fiscalCode: anna.citizen.fiscalCode, givenName: "Cittadino", familyName: "Numero 2", privacy: "yes" };
    expect(await startAssisted(t.db, { staff: tributi.staff, form: { ...base, channel: "counter", documentNumber: "12" } }, clock, NO_REQUEST)).toEqual({
      ok: false,
      errors: { documentType: "document_type_missing", documentNumber: "document_number_invalid" },
    });
    expect(await startAssisted(t.db, { staff: tributi.staff, form: { ...base, channel: "phone" } }, clock, NO_REQUEST)).toEqual({ ok: false, errors: { verification: "verification_missing" } });
    // A service of another office is not the operator's to fill.
    expect(await startAssisted(t.db, { staff: anagrafe.staff, form: { ...base, channel: "phone", verification: "Richiamato" } }, clock, NO_REQUEST)).toEqual({
      ok: false,
      errors: { service: "service_unknown" },
    });
    expect(await t.db.selectFrom("application_assistance").selectAll().execute()).toEqual([]);
  });

  it("fills the form's own steps at the counter, sends only with the citizen's signed summary, and the citizen then has it", async () => {
    const started = await startAssisted(
      t.db,
      {
        staff: tributi.staff,
        form: { ...blank, service: "tari-iscrizione", channel: "counter", fiscalCode: anna.citizen.fiscalCode.toLowerCase(), givenName: " Cittadino ", familyName: "Numero 2", documentType: "identity_card", documentNumber: "ca 12345 ab", privacy: "yes" },
      },
      clock,
      NO_REQUEST,
    );
    if (!started.ok) throw new Error(JSON.stringify(started.errors));
    const id = started.id;
    const record = await t.db.selectFrom("application_assistance").selectAll().where("application_id", "=", id).executeTakeFirstOrThrow();
    expect(record).toMatchObject({ channel: "counter", staff_id: tributi.staff.id, given_name: "Cittadino", id_document_type: "identity_card", id_document_number: "CA12345AB", confirmed_at: null });

    // While the operator fills it, it is not the citizen's draft: not listed, not reachable, not resumed.
    expect((await listMine(t.db, anna, "it")).map((r) => r.id)).not.toContain(id);
    expect(await findOwnApplication(t.db, id, anna, clock.today)).toBeUndefined();
    const own = await startApplication(t.db, { slug: "tari-iscrizione", principal: anna, fresh: false }, clock, NO_REQUEST);
    expect(own.ok && own.id).not.toBe(id);

    // Only the operator who identified the citizen continues.
    expect(await assistingPrincipal(t.db, anagrafe.staff, id)).toBeNull();
    const found = await assistingPrincipal(t.db, tributi.staff, id);
    expect(found?.principal.applicant.fiscalCode).toBe(anna.citizen.fiscalCode);
    const p = found!.principal;
    // The same engine, the back office's paths; every step saved as it goes.
    let stepId: string | null = "chi-paga";
    const visited: string[] = [];
    for (let guard = 0; stepId && guard < 12; guard++) {
      visited.push(stepId);
      const form = new FormData();
      for (const [k, v] of Object.entries(TARI_ANSWERS)) form.set(k, v);
      const result = await saveStep(t.db, { id, stepId, principal: p, form, backToSummary: false }, clock);
      if (result.kind !== "next") throw new Error(`step ${stepId}: ${result.kind}`);
      expect(result.to.startsWith(`/gestione/assistenza/${id}/`)).toBe(true);
      stepId = /\/passo\/([^/]+)$/.exec(result.to)?.[1] ?? null;
    }
    expect(visited.length).toBeGreaterThan(3);
    const draft = await t.db.selectFrom("application").select(["answers", "state"]).where("id", "=", id).executeTakeFirstOrThrow();
    expect(draft.state).toBe("draft");
    expect(JSON.parse(draft.answers)).toMatchObject({ surface: "84,50", email: "cittadino@example.org" });

    const send = (form: { confirmed: string; note: string }) =>
      submitAssisted(t.db, { principal: p, channel: "counter", form, lang: "it", translators: { it: translate, en: translate }, emailTexts: texts }, clock, NO_REQUEST);
    // Not without the citizen's confirmation, even through the citizen flow's own submit.
    expect(await send({ confirmed: "", note: "" })).toEqual({ kind: "confirmation_error", error: "confirmation_missing" });
    expect((await submitApplication(t.db, { id, principal: p, lang: "it", translators: { it: translate, en: translate }, emailTexts: texts }, clock, NO_REQUEST)).kind).toBe("unconfirmed");
    expect((await send({ confirmed: "yes", note: "Fascicolo 12" })).kind).toBe("submitted");
    expect((await send({ confirmed: "yes", note: "" })).kind).toBe("already");

    const row = await t.db.selectFrom("application").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: "submitted", applicant_fiscal_code: anna.citizen.fiscalCode, applicant_name: "Cittadino Numero 2", submitted_at: clock.now });
    expect(row.protocol_number).not.toBeNull();
    expect(await assistanceOf(t.db, id, "it")).toMatchObject({ channel: "counter", method: "signed_summary", confirmedAt: clock.now, note: "Fascicolo 12", staffId: tributi.staff.id, office: "Ufficio Tributi" });
    const event = await t.db.selectFrom("application_event").selectAll().where("application_id", "=", id).where("event", "=", "submit").executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_kind: "staff", actor_staff_id: tributi.staff.id, actor_fiscal_code: null });
    const audit = await t.db.selectFrom("audit_log").selectAll().where("target_id", "=", String(id)).orderBy("id").execute();
    expect(audit.map((a) => a.event)).toEqual(["application.assisted_started", "application.assisted_confirmed", "application.submitted"]);
    expect(audit.every((a) => a.actor_kind === "staff" && a.actor_id === tributi.staff.id && a.on_behalf_of_fiscal_code === anna.citizen.fiscalCode)).toBe(true);
    // The receipt e-mail goes to the address the desk knows for the citizen.
    const mail = await t.db.selectFrom("outbox").selectAll().where("related_id", "=", String(id)).execute();
    expect(mail.map((m) => m.recipient)).toEqual([anna.citizen.email]);

    // The citizen, logged in with SPID, has it, marked as assisted; nobody else does.
    const mine = (await listMine(t.db, anna, "it")).find((r) => r.id === id);
    expect(mine?.assistedChannel).toBe("counter");
    expect((await citizenCase(t.db, id, anna, clock))?.row.id).toBe(id);
    expect(await citizenCase(t.db, id, mario, clock)).toBeNull();
    // The office's inbox has it like any other.
    const office = await inbox(t.db, tributi, { page: 1 }, "it", clock.today);
    expect(office.rows.map((r) => r.id)).toContain(id);
  });

  it("counts the assisted application with the counter in the online share", async () => {
    const id = await completeTariDraft(t.db, mario, clock);
    expect((await submitApplication(t.db, { id, principal: mario, lang: "it", translators: { it: translate, en: translate }, emailTexts: texts }, clock, NO_REQUEST)).kind).toBe("submitted");
    const report = await refreshDeskMetrics(t.db, { now: new Date("2026-11-27T10:00:00.000Z"), accessibility: async () => null });
    // 1 online (Mario's), 1 assisted (Anna's at the counter): 50 %, and only Mario's in the month's online count.
    expect(report.recorded).toMatchObject({ "OB-05.I4": "1", "OB-05.I5": "50.00" });
    const indicator = await t.db.selectFrom("plan_indicator").select("id").where("code", "=", "OB-05.I5").executeTakeFirstOrThrow();
    expect((await listSystemMeasurements(t.db, indicator.id))[0]?.comment).toContain("da un operatore con il cittadino 1");
  });
});
