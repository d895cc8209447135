/**
 * The plan's yearly report and objective owners on SQLite and PostgreSQL (issue 6 §2, §8): the
 * report (PDF, read back with pdf.js, and the view the HTML page shows) names every line, action and
 * objective, prints an approved comment and never a submitted or rejected one; it is tagged. Owners
 * are added (audited), refused when incomplete or repeated, removed; recording a value is refused to
 * a plan owner who is not the objective's owner (audited as denied), allowed to its owner and to an
 * approver; the public tree shows the owner's office and name, never a username.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PIAO_ACTIONS, PIAO_LINES, PIAO_OBJECTIVES } from "#db/seed/data/piao";
import { seed } from "#db/seed/index";
import { noScanner } from "~/services/antivirus.server";
import { NO_REQUEST } from "~/services/audit.server";
import { addOwner, ownerEditor, removeOwner } from "~/services/plan-owners.server";
import { planReportView, renderPlanReportPdf } from "~/services/plan-report.server";
import { getPlanTree, objectivesOf, objectivesCsv } from "~/services/plan.server";
import { decideUpdate, recordUpdate, type RecordInput } from "~/services/plan-updates.server";
import { renderI18n } from "~/utils/i18next.server";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";
import { type PdfStructNode, pdfStructure, pdfText } from "../setup/pdf-text";

const clock = { now: "2026-11-27T10:00:00.000Z", today: "2026-11-27" };
const input = (over: Partial<RecordInput>): RecordInput => ({ value: "", measuredOn: "", comment: "", evidenceUrl: "https://www.comune.seregno.mb.it/verbale.pdf", corrects: "", file: null, ...over });
const plain = (s: string) => s.replace(/\s+/g, " ");
const APPROVED = "Collaudo della rete concluso con esito positivo";
const SUBMITTED = "Valore ancora da verificare con il fornitore";
const REJECTED = "Conteggio sbagliato da rifare";

function roles(node: PdfStructNode | { type: "content" } | null, out: string[] = []): string[] {
  if (!node || !("role" in node)) return out;
  out.push(node.role);
  for (const c of node.children) roles(c as PdfStructNode, out);
  return out;
}

describe.each(databaseNames())("the plan's yearly report and owners on %s", (name) => {
  let t: TestDatabase;
  let owner: number;
  let approver: number;
  let admin: number;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seed(t.db, undefined, { demoStaff: true });
    const id = async (u: string) => (await t.db.selectFrom("staff_user").select("id").where("username", "=", u).executeTakeFirstOrThrow()).id;
    owner = await id("piano");
    approver = await id("dirigente");
    admin = await id("admin");
  }, 120_000);
  afterAll(async () => {
    await t?.drop();
  });

  const audit = (event: string) => t.db.selectFrom("audit_log").selectAll().where("event", "=", event).orderBy("id").execute();

  it("lets only an objective's owners (and approvers) record values, and audits a refusal", async () => {
    // The demo seed makes `piano` the owner of every digital objective (OB-01…OB-07): take OB-07 away.
    const seeded = (await ownerEditor(t.db, "it", "OB-07"))!.owners;
    expect(seeded.map((o) => o.person)).toEqual(["Responsabile del piano demo"]);
    expect(await removeOwner(t.db, approver, "OB-07", seeded[0]!.id, clock.now, NO_REQUEST)).toEqual({ ok: true });
    const refused = await recordUpdate(t.db, owner, "OB-07.I1", input({ value: "1", measuredOn: "2024-06-30" }), noScanner, clock, NO_REQUEST);
    expect(refused).toEqual({ ok: false, refused: "not_owner", objective: "OB-07" });
    const denied = await audit("plan.update_record_refused");
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ outcome: "denied", actor_id: owner });
    expect(await t.db.selectFrom("plan_update").select("id").execute()).toHaveLength(0);
    // An approver answers for the whole plan.
    expect(await recordUpdate(t.db, approver, "OB-07.I1", input({ value: "1", measuredOn: "2024-06-30" }), noScanner, clock, NO_REQUEST)).toMatchObject({ ok: true });
    expect(await recordUpdate(t.db, owner, "OB-01.I2", input({ value: "1", measuredOn: "2024-06-30" }), noScanner, clock, NO_REQUEST)).toMatchObject({ ok: true });
  });

  it("adds an owner (office and person, audited), refuses an incomplete or repeated one, removes one", async () => {
    const editor = (await ownerEditor(t.db, "it", "OB-07"))!;
    expect(editor.owners).toEqual([]);
    const office = editor.offices.find((o) => o.name.includes("Tributi"))!;
    expect(editor.staff.map((s) => s.id)).toContain(owner);
    expect(editor.staff.map((s) => s.id)).not.toContain(admin);
    expect(await addOwner(t.db, approver, "OB-07", { office: "", staff: "", name: "", role: "" }, clock.now, NO_REQUEST)).toEqual({ ok: false, errors: { office: "office_required", staff: "person_required" } });
    expect(await addOwner(t.db, approver, "OB-07", { office: String(office.id), staff: "999999", name: "", role: "" }, clock.now, NO_REQUEST)).toEqual({ ok: false, errors: { staff: "staff_invalid" } });
    expect(await addOwner(t.db, approver, "OB-07", { office: String(office.id), staff: String(owner), name: "", role: "Responsabile del procedimento" }, clock.now, NO_REQUEST)).toEqual({ ok: true });
    expect(await addOwner(t.db, approver, "OB-07", { office: String(office.id), staff: String(owner), name: "", role: "" }, clock.now, NO_REQUEST)).toEqual({ ok: false, errors: { staff: "duplicate" } });
    expect(await addOwner(t.db, admin, "OB-07", { office: String(office.id), staff: "", name: "Maria Verdi", role: "Dirigente di settore" }, clock.now, NO_REQUEST)).toEqual({ ok: true });
    expect(await addOwner(t.db, admin, "OB-99", { office: String(office.id), staff: "", name: "X", role: "" }, clock.now, NO_REQUEST)).toEqual({ ok: false, notFound: true });
    const added = await audit("plan.owner_added");
    expect(added.map((a) => a.actor_id)).toEqual([approver, admin]);

    // Now an owner of OB-07, `piano` may record on it.
    expect(await recordUpdate(t.db, owner, "OB-07.I1", input({ value: "1", measuredOn: "2024-07-31" }), noScanner, clock, NO_REQUEST)).toMatchObject({ ok: true });

    const tree = (await getPlanTree(t.db, "it", clock.today))!;
    const ob8 = objectivesOf(tree).find((o) => o.code === "OB-07")!;
    expect(ob8.owners).toEqual([
      { office: office.name, officeSlug: "tributi", person: "Responsabile del piano demo", role: "Responsabile del procedimento" },
      { office: office.name, officeSlug: "tributi", person: "Maria Verdi", role: "Dirigente di settore" },
    ]);
    expect(JSON.stringify(tree)).not.toContain('"piano"');
    const csv = objectivesCsv(tree, { status: (s) => s, yes: "sì", no: "no" });
    expect(csv.split("\r\n")[0]).toContain('"responsabili"');
    expect(csv).toContain(`${office.name} Maria Verdi (Dirigente di settore)`);

    const maria = (await ownerEditor(t.db, "it", "OB-07"))!.owners.find((o) => o.person === "Maria Verdi")!;
    expect(await removeOwner(t.db, approver, "OB-07", maria.id, clock.now, NO_REQUEST)).toEqual({ ok: true });
    expect(await removeOwner(t.db, approver, "OB-07", maria.id, clock.now, NO_REQUEST)).toEqual({ ok: false });
    expect((await ownerEditor(t.db, "it", "OB-07"))!.owners.map((o) => o.person)).toEqual(["Responsabile del piano demo"]);
    expect(await audit("plan.owner_removed")).toHaveLength(2);
  });

  it("reports every line, action and objective with approved comments only, as a tagged PDF", async () => {
    const ok = await recordUpdate(t.db, owner, "OB-02.I1", input({ value: "1", measuredOn: "2024-09-30", comment: APPROVED }), noScanner, clock, NO_REQUEST);
    const waiting = await recordUpdate(t.db, owner, "OB-03.I1", input({ value: "1", measuredOn: "2024-10-31", comment: SUBMITTED }), noScanner, clock, NO_REQUEST);
    const wrong = await recordUpdate(t.db, owner, "OB-04.I1", input({ value: "1", measuredOn: "2024-10-31", comment: REJECTED }), noScanner, clock, NO_REQUEST);
    if (!ok.ok || !waiting.ok || !wrong.ok) throw new Error("not recorded");
    expect(await decideUpdate(t.db, approver, ok.id, "approved", "", clock, NO_REQUEST)).toMatchObject({ ok: true });
    expect(await decideUpdate(t.db, approver, wrong.id, "rejected", "Rifare il conteggio", clock, NO_REQUEST)).toMatchObject({ ok: true });

    const i18n = await renderI18n("it");
    const tt = i18n.getFixedT("it");
    const view = (await planReportView(t.db, tt, "it", 2024, clock, "Dirigente approvatore del piano demo"))!;
    expect(await planReportView(t.db, tt, "it", 2019, clock, null)).toBeNull();
    const pdf = await renderPlanReportPdf(view, (n, total) => tt("planreport:report.page", { n, total }));
    const text = plain(await pdfText(pdf));
    const html = plain(JSON.stringify(view));
    for (const piece of [
      "Relazione sullo stato del piano: anno 2024",
      "Comune di Seregno",
      "Dirigente approvatore del piano demo",
      ...PIAO_LINES.map((l) => plain(l.title.it)),
      ...PIAO_ACTIONS.map((a) => plain(a.title.it)),
      ...PIAO_OBJECTIVES.map((o) => `${o.code}: ${plain(o.title.it)}`),
      APPROVED,
      "Riepilogo",
    ]) {
      expect(text, piece).toContain(piece);
      expect(html, piece).toContain(piece);
    }
    for (const hidden of [SUBMITTED, REJECTED]) {
      expect(text).not.toContain(hidden);
      expect(html).not.toContain(hidden);
    }
    // The owners named, never a username.
    expect(text).toContain("Responsabile del piano demo");

    const raw = Buffer.from(pdf).toString("latin1");
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toMatch(/\/Lang \(it-IT\)/);
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    const s = await pdfStructure(pdf);
    expect(s.markInfo).toMatchObject({ Marked: true });
    expect(s.info).toMatchObject({ Language: "it-IT", Title: "Relazione 2024 sul Piano integrato (PIAO) – Comune di Seregno" });
    const r = s.pages.flatMap((p) => roles(p));
    for (const tag of ["H1", "H2", "H3", "H4", "Table", "TR", "TH", "TD", "L", "LI"]) expect(r, tag).toContain(tag);
    // No text outside the structure: footers and bullets are artifacts.
    expect(s.markedText.flat().filter((x) => x.tag === null)).toEqual([]);
  }, 60_000);

  it("writes the English report with the English language and words", async () => {
    const i18n = await renderI18n("en");
    const tt = i18n.getFixedT("en");
    const view = (await planReportView(t.db, tt, "en", 2026, clock, null))!;
    const pdf = await renderPlanReportPdf(view, (n, total) => tt("planreport:report.page", { n, total }));
    const s = await pdfStructure(pdf);
    expect(s.info).toMatchObject({ Language: "en-GB" });
    const text = plain(await pdfText(pdf));
    expect(text).toContain("Report on the state of the plan: year 2026");
    expect(text).toContain("the comune's website (published data)");
  }, 60_000);
});
