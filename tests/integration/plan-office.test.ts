/**
 * The plan's back office on SQLite and PostgreSQL (issue 6 §3): a recorded value is submitted and not
 * published; its recorder cannot approve it; an approved value is published in the tree and the JSON
 * document, a rejected one never; a correction is a new row and the corrected value stays in the
 * history; status changes and milestone dates are appended and audited; evidence files are served to
 * the public only once approved.
 */
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "#db/schema";
import { seed } from "#db/seed/index";
import type { AntivirusScanner } from "~/services/antivirus.server";
import { noScanner } from "~/services/antivirus.server";
import { NO_REQUEST } from "~/services/audit.server";
import { getPlanTree, objectivesOf, planJsonDocument } from "~/services/plan.server";
import { changeObjectiveStatus, decideUpdate, evidenceFile, indicatorOffice, milestoneReached, objectiveOffice, officeOverview, recordUpdate, type RecordInput } from "~/services/plan-updates.server";
import type { UploadedFile } from "~/services/uploads.server";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

const clock = { now: "2026-11-27T10:00:00.000Z", today: "2026-11-27" };
const later = { now: "2026-11-27T11:00:00.000Z", today: "2026-11-27" };
const IND = "OB-01.I2";
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

function pdfUpload(): UploadedFile {
  return { field: "evidenceFile", originalName: "verbale.pdf", name: "verbale.pdf", kind: "pdf", mediaType: "application/pdf", size: PDF.byteLength, sha256: "x".repeat(64), bytes: PDF, error: null };
}

const input = (over: Partial<RecordInput>): RecordInput => ({ value: "", measuredOn: "", comment: "", evidenceUrl: "", corrects: "", file: null, ...over });

async function latestOf(db: Kysely<Database>, code: string) {
  const tree = (await getPlanTree(db, "it", clock.today))!;
  return objectivesOf(tree).flatMap((o) => o.indicators).find((i) => i.code === code)!;
}

describe.each(databaseNames())("the plan's back office on %s", (name) => {
  let t: TestDatabase;
  let owner: number;
  let approver: number;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seed(t.db, undefined, { demoStaff: true });
    const id = async (u: string) => (await t.db.selectFrom("staff_user").select("id").where("username", "=", u).executeTakeFirstOrThrow()).id;
    owner = await id("piano");
    approver = await id("dirigente");
  }, 120_000);
  afterAll(async () => {
    await t?.drop();
  });

  it("refuses a bad value, a future date, a missing evidence and an http link, keeping nothing", async () => {
    const r = await recordUpdate(t.db, owner, IND, input({ value: "1.234,5", measuredOn: "2026-12-01", evidenceUrl: "http://example.org/x.pdf" }), noScanner, clock, NO_REQUEST);
    expect(r).toEqual({ ok: false, errors: { value: "value_invalid", measuredOn: "date_future", evidenceUrl: "url_invalid" } });
    const r2 = await recordUpdate(t.db, owner, IND, input({ value: "10", measuredOn: "01/06/2026" }), noScanner, clock, NO_REQUEST);
    expect(r2).toEqual({ ok: false, errors: { evidenceUrl: "evidence_required" } });
    expect(await recordUpdate(t.db, owner, "OB-99.I9", input({}), noScanner, clock, NO_REQUEST)).toEqual({ ok: false, notFound: true });
    expect((await t.db.selectFrom("plan_update").select("id").execute()).length).toBe(0);
  });

  it("never stores an infected file", async () => {
    const infected: AntivirusScanner = { name: "test", scan: async () => "infected" };
    const r = await recordUpdate(t.db, owner, IND, input({ value: "10", measuredOn: "2026-06-01", file: pdfUpload() }), infected, clock, NO_REQUEST);
    expect(r).toEqual({ ok: false, errors: { evidenceFile: "infected" } });
    expect((await t.db.selectFrom("plan_update").select("id").execute()).length).toBe(0);
  });

  let first = 0;
  it("records a value as submitted (exact decimal text, evidence file kept), unpublished, and lists it as awaiting", async () => {
    const r = await recordUpdate(t.db, owner, IND, input({ value: "180,50", measuredOn: "30/06/2026", comment: "Primo lotto", file: pdfUpload() }), noScanner, clock, NO_REQUEST);
    expect(r.ok).toBe(true);
    first = (r as { id: number }).id;
    const row = await t.db.selectFrom("plan_update").selectAll().where("id", "=", first).executeTakeFirstOrThrow();
    expect([row.measured_value, row.measured_on, row.state, row.recorded_by, row.evidence_file_name]).toEqual(["180.5", "2026-06-30", "submitted", owner, "verbale.pdf"]);
    expect((await latestOf(t.db, IND)).latest).toBeNull();
    const o = (await officeOverview(t.db, "it", clock.today))!;
    expect(o.pending.get(IND)).toBe(1);
    expect(o.submitted.map((u) => u.id)).toEqual([first]);
    // Staff may read the evidence at once; the public only once it is approved.
    expect((await evidenceFile(t.db, first, false))?.bytes).toEqual(PDF);
    expect(await evidenceFile(t.db, first, true)).toBeNull();
    const audit = await t.db.selectFrom("audit_log").select(["event", "actor_id", "target_id"]).where("event", "=", "plan.update_recorded").execute();
    expect(audit).toEqual([{ event: "plan.update_recorded", actor_id: owner, target_id: String(first) }]);
  });

  it("refuses the recorder's own approval (audited) and a rejection without a note", async () => {
    expect(await decideUpdate(t.db, owner, first, "approved", "", later, NO_REQUEST)).toEqual({ ok: false, reason: "self_decision" });
    expect(await decideUpdate(t.db, approver, first, "rejected", "  ", later, NO_REQUEST)).toEqual({ ok: false, reason: "note_required" });
    const row = await t.db.selectFrom("plan_update").select(["state", "decided_by"]).where("id", "=", first).executeTakeFirstOrThrow();
    expect(row).toEqual({ state: "submitted", decided_by: null });
    const denied = await t.db.selectFrom("audit_log").select(["outcome"]).where("event", "=", "plan.update_approve_refused").execute();
    expect(denied).toEqual([{ outcome: "denied" }]);
  });

  it("publishes an approved value in the tree and the JSON document, once", async () => {
    expect(await decideUpdate(t.db, approver, first, "approved", "Verificato sul verbale", later, NO_REQUEST)).toMatchObject({ ok: true });
    expect(await decideUpdate(t.db, approver, first, "rejected", "tardi", later, NO_REQUEST)).toEqual({ ok: false, reason: "not_submitted" });
    const i = await latestOf(t.db, IND);
    expect(i.latest).toMatchObject({ id: first, value: "180.5", measuredOn: "2026-06-30", evidenceFileName: "verbale.pdf" });
    const json = JSON.parse(JSON.stringify(planJsonDocument((await getPlanTree(t.db, "it", clock.today))!, "it")));
    const exported = json.lines.flatMap((l: any) => l.actions.flatMap((a: any) => a.objectives.flatMap((o: any) => o.indicators))).find((x: any) => x.code === IND);
    expect(exported.latest.value).toBe("180.5");
    expect((await evidenceFile(t.db, first, true))?.name).toBe("verbale.pdf");
    expect((await t.db.selectFrom("audit_log").select("actor_id").where("event", "=", "plan.update_approved").execute())).toEqual([{ actor_id: approver }]);
  });

  it("never publishes a rejected value", async () => {
    const r = await recordUpdate(t.db, owner, IND, input({ value: "999", measuredOn: "2026-07-31", evidenceUrl: "https://www.comune.seregno.mb.it/x.pdf" }), noScanner, clock, NO_REQUEST);
    const id = (r as { id: number }).id;
    expect(await decideUpdate(t.db, approver, id, "rejected", "Valore non documentato", later, NO_REQUEST)).toMatchObject({ ok: true });
    expect((await latestOf(t.db, IND)).latest?.value).toBe("180.5");
    expect((await latestOf(t.db, IND)).published.map((p) => p.value)).toEqual(["180.5"]);
    expect(await evidenceFile(t.db, id, true)).toBeNull();
  });

  it("keeps a corrected value in the history: the correction is a new row and replaces it once approved", async () => {
    const bad = await recordUpdate(t.db, owner, IND, input({ value: "1", measuredOn: "2026-06-30", evidenceUrl: "https://x.example.org/a", corrects: "999999" }), noScanner, clock, NO_REQUEST);
    expect(bad).toEqual({ ok: false, errors: { corrects: "corrects_invalid" } });
    const r = await recordUpdate(t.db, owner, IND, input({ value: "185", measuredOn: "2026-06-30", evidenceUrl: "https://x.example.org/rettifica", corrects: String(first) }), noScanner, clock, NO_REQUEST);
    const id = (r as { id: number }).id;
    expect(await decideUpdate(t.db, approver, id, "approved", "", later, NO_REQUEST)).toMatchObject({ ok: true });
    const i = await latestOf(t.db, IND);
    expect(i.latest).toMatchObject({ id, value: "185" });
    expect(i.published.find((p) => p.id === first)).toMatchObject({ value: "180.5", correctedBy: id });
    const office = (await indicatorOffice(t.db, "it", clock.today, IND))!;
    // Every update, newest recorded first, the first value untouched.
    expect(office.history.map((h) => [h.measured_value, h.state, h.corrects_id])).toEqual([
      ["185", "approved", first],
      ["999", "rejected", null],
      ["180.5", "approved", null],
    ]);
    expect(office.history[2]).toMatchObject({ recorded_by_name: "Responsabile del piano demo", decided_by_name: "Dirigente approvatore del piano demo", decision_note: "Verificato sul verbale" });
  });

  it("appends status changes with who, when and why, the latest counting", async () => {
    expect(await changeObjectiveStatus(t.db, owner, "OB-01", { status: "late", reason: "" }, clock, NO_REQUEST)).toEqual({ ok: false, errors: { reason: "reason_required" } });
    expect(await changeObjectiveStatus(t.db, owner, "OB-01", { status: "sleeping", reason: "x" }, clock, NO_REQUEST)).toEqual({ ok: false, errors: { status: "status_invalid" } });
    expect(await changeObjectiveStatus(t.db, owner, "OB-01", { status: "on_track", reason: "Gara aggiudicata" }, clock, NO_REQUEST)).toEqual({ ok: true });
    expect(await changeObjectiveStatus(t.db, approver, "OB-01", { status: "at_risk", reason: "Ritardo del fornitore" }, later, NO_REQUEST)).toEqual({ ok: true });
    const o = (await objectiveOffice(t.db, "it", clock.today, "OB-01"))!;
    expect(o.objective.status).toBe("at_risk");
    expect(o.history.map((h) => [h.status, h.reason, h.changed_by])).toEqual([
      ["at_risk", "Ritardo del fornitore", approver],
      ["on_track", "Gara aggiudicata", owner],
    ]);
    expect((await t.db.selectFrom("audit_log").select("id").where("event", "=", "plan.status_changed").execute()).length).toBe(2);
  });

  it("marks a milestone reached once, with an audited date", async () => {
    const o = (await objectiveOffice(t.db, "it", clock.today, "OB-01"))!;
    const code = o.objective.milestones[0]!.code;
    const id = o.milestoneIds.get(code)!;
    expect(await milestoneReached(t.db, owner, "OB-01", { milestoneId: id, doneOn: "2027-01-01" }, clock, NO_REQUEST)).toEqual({ ok: false, error: "date_future" });
    expect(await milestoneReached(t.db, owner, "OB-01", { milestoneId: id, doneOn: "15/10/2026" }, clock, NO_REQUEST)).toEqual({ ok: true });
    expect(await milestoneReached(t.db, owner, "OB-01", { milestoneId: id, doneOn: "16/10/2026" }, clock, NO_REQUEST)).toEqual({ ok: false, error: "already_done" });
    expect(await milestoneReached(t.db, owner, "OB-02", { milestoneId: id, doneOn: "16/10/2026" }, clock, NO_REQUEST)).toEqual({ ok: false, notFound: true });
    const after = (await objectiveOffice(t.db, "it", clock.today, "OB-01"))!;
    expect(after.objective.milestones.find((m) => m.code === code)).toMatchObject({ doneOn: "2026-10-15", state: "done" });
    expect((await t.db.selectFrom("audit_log").select("actor_id").where("event", "=", "plan.milestone_done").execute())).toEqual([{ actor_id: owner }]);
  });
});
