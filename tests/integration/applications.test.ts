/**
 * The application workflow through its services, on SQLite and PostgreSQL: submit (and a second
 * submit changing nothing), the citizen withdrawing before the office starts (and not after), the
 * office taking in charge, asking for an integration, the citizen answering (the legal clock
 * suspended meanwhile), the office accepting with a decision document the citizen then finds, and
 * the scope rules (an office never reaches another office's applications, a citizen never another's).
 */
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "#db/schema";
import { seed } from "#db/seed/index";
import type { StaffPrincipal } from "~/services/backoffice.server";
import { act, inbox, staffCase, storeOfficeDocuments } from "~/services/backoffice.server";
import { noScanner } from "~/services/antivirus.server";
import { citizenCase, type CitizenPrincipal, readDocument, submitApplication, withdrawApplication, writeToOffice } from "~/services/applications.server";
import { NO_REQUEST } from "~/services/audit.server";
import { getStaffPrincipal } from "~/services/staff-auth.server";
import type { UploadedFile } from "~/services/uploads.server";
import { completeTariDraft, testCitizen } from "../setup/applications";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

const translate = ((key: string) => key) as never;
const texts = () => ({ subject: "Oggetto", body: "Testo" });

async function staffPrincipal(db: Kysely<Database>, username: string): Promise<StaffPrincipal> {
  const user = await db.selectFrom("staff_user").select("id").where("username", "=", username).executeTakeFirstOrThrow();
  const staff = await getStaffPrincipal(db, user.id);
  if (!staff) throw new Error(`no staff ${username}`);
  return { kind: "staff", stage: "full", staff };
}

function pdfFile(name: string): UploadedFile {
  const bytes = new TextEncoder().encode("%PDF-1.7\n%%EOF\n");
  return { field: "documents", originalName: name, name, kind: "pdf", mediaType: "application/pdf", size: bytes.byteLength, sha256: "ab".repeat(32), bytes, error: null };
}

describe.each(databaseNames())("the application workflow on %s", (name) => {
  let t: TestDatabase;
  let tributi: StaffPrincipal;
  let anagrafe: StaffPrincipal;
  let anna: CitizenPrincipal;
  let mario: CitizenPrincipal;
  const clockAt = (day: string, time = "09:00:00") => ({ now: `${day}T${time}.000Z`, today: day });

  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seed(t.db, undefined, { demoStaff: true });
    tributi = await staffPrincipal(t.db, "tributi");
    anagrafe = await staffPrincipal(t.db, "anagrafe");
    anna = (await testCitizen(t.db, 1, "2026-11-02T08:00:00.000Z")).principal;
    mario = (await testCitizen(t.db, 2, "2026-11-02T08:00:00.000Z")).principal;
  });
  afterAll(async () => {
    await t?.drop();
  });

  const submit = (id: number, who: CitizenPrincipal, clock: { now: string; today: string }) =>
    submitApplication(t.db, { id, principal: who, lang: "it", translators: { it: translate, en: translate }, emailTexts: texts }, clock, NO_REQUEST);

  it("a citizen withdraws an application the office has not started, and cannot once it has", async () => {
    const first = await completeTariDraft(t.db, anna, clockAt("2026-11-02"));
    expect((await submit(first, anna, clockAt("2026-11-02"))).kind).toBe("submitted");
    expect(await submit(first, anna, clockAt("2026-11-02"))).toEqual({ kind: "already", id: first });

    // Someone else can do nothing with it.
    expect(await withdrawApplication(t.db, first, mario, clockAt("2026-11-03"), NO_REQUEST)).toEqual({ kind: "not_found" });
    expect(await withdrawApplication(t.db, first, anna, clockAt("2026-11-03"), NO_REQUEST)).toEqual({ kind: "ok" });
    const row = await t.db.selectFrom("application").selectAll().where("id", "=", first).executeTakeFirstOrThrow();
    expect(row.state).toBe("withdrawn");
    expect(row.concluded_at).toBe("2026-11-03T09:00:00.000Z");
    expect(await withdrawApplication(t.db, first, anna, clockAt("2026-11-03"), NO_REQUEST)).toEqual({ kind: "not_allowed" });
    expect((await writeToOffice(t.db, { id: first, principal: anna, body: "Ciao", answerIntegration: false, notify: texts }, clockAt("2026-11-03"), NO_REQUEST)).kind).toBe("not_allowed");
    const c = await citizenCase(t.db, first, anna, clockAt("2026-11-03"));
    expect(c!.events.map((e) => e.event)).toEqual(["submit", "withdraw"]);
    const audit = await t.db.selectFrom("audit_log").select("event").where("event", "=", "application.withdrawn").execute();
    expect(audit).toHaveLength(1);

    // Once taken in charge, it ends with a decision.
    const second = await completeTariDraft(t.db, anna, clockAt("2026-11-04"));
    expect((await submit(second, anna, clockAt("2026-11-04"))).kind).toBe("submitted");
    expect(await act(t.db, tributi, second, { kind: "event", event: "take_in_charge", message: "" }, clockAt("2026-11-05"), NO_REQUEST, texts)).toEqual({ ok: true, messageId: undefined });
    expect(await withdrawApplication(t.db, second, anna, clockAt("2026-11-05"), NO_REQUEST)).toEqual({ kind: "not_allowed" });
  });

  it("integration asked and answered with the clock suspended, then accepted with a decision document the citizen can read", async () => {
    const id = await completeTariDraft(t.db, anna, clockAt("2026-11-09"));
    const sent = await submit(id, anna, clockAt("2026-11-09"));
    expect(sent.kind).toBe("submitted");
    const before = await t.db.selectFrom("application").select(["due_on"]).where("id", "=", id).executeTakeFirstOrThrow();

    // Another office does not even find it.
    expect(await staffCase(t.db, anagrafe, id, "it", clockAt("2026-11-10"))).toBeNull();
    expect((await act(t.db, anagrafe, id, { kind: "event", event: "take_in_charge", message: "" }, clockAt("2026-11-10"), NO_REQUEST, texts)).ok).toBe(false);
    const listed = await inbox(t.db, tributi, { page: 1, q: sent.kind === "submitted" ? sent.protocol : "" }, "it", "2026-11-10");
    expect(listed.rows.some((r) => r.id === id)).toBe(true);
    expect((await inbox(t.db, anagrafe, { page: 1 }, "it", "2026-11-10")).rows.some((r) => r.id === id)).toBe(false);

    expect((await act(t.db, tributi, id, { kind: "event", event: "take_in_charge", message: "" }, clockAt("2026-11-10"), NO_REQUEST, texts)).ok).toBe(true);
    expect(await act(t.db, tributi, id, { kind: "event", event: "request_integration", message: " " }, clockAt("2026-11-10"), NO_REQUEST, texts)).toEqual({ ok: false, reason: "message_required" });
    const asked = await act(t.db, tributi, id, { kind: "event", event: "request_integration", message: "Serve la planimetria.", replyInDays: 10 }, clockAt("2026-11-10"), NO_REQUEST, texts);
    expect(asked.ok).toBe(true);
    // Ten days later the citizen answers: the term moves by the days it stood still.
    const answered = await writeToOffice(t.db, { id, principal: anna, body: "Ecco la planimetria.", answerIntegration: true, notify: texts }, clockAt("2026-11-20"), NO_REQUEST);
    expect(answered.kind).toBe("ok");
    const after = await t.db.selectFrom("application").select(["state", "due_on"]).where("id", "=", id).executeTakeFirstOrThrow();
    expect(after.state).toBe("in_charge");
    expect(after.due_on! > before.due_on!).toBe(true);

    const accepted = await act(t.db, tributi, id, { kind: "event", event: "accept", message: "Iscrizione registrata." }, clockAt("2026-11-23"), NO_REQUEST, texts);
    expect(accepted.ok && typeof accepted.messageId === "number").toBe(true);
    const messageId = accepted.ok ? (accepted.messageId ?? null) : null;
    // Not for another office's staff; stored for the right one.
    expect((await storeOfficeDocuments(t.db, anagrafe, { id, messageId, files: [pdfFile("provvedimento.pdf")] }, noScanner, clockAt("2026-11-23"), NO_REQUEST)).stored).toBe(0);
    const kept = await storeOfficeDocuments(t.db, tributi, { id, messageId, files: [pdfFile("provvedimento.pdf"), { ...pdfFile("virus.exe"), bytes: null, error: "executable" }] }, noScanner, clockAt("2026-11-23"), NO_REQUEST);
    expect(kept).toEqual({ stored: 1, errors: [{ name: "virus.exe", error: "executable" }] });

    const seen = await citizenCase(t.db, id, anna, clockAt("2026-11-24"));
    expect(seen!.row.state).toBe("accepted");
    const decision = seen!.files.find((f) => f.purpose === "office_document");
    expect(decision).toMatchObject({ file_name: "provvedimento.pdf", uploaded_by: "office", message_id: messageId });
    const bytes = await readDocument(t.db, id, decision!.id);
    expect(new TextDecoder().decode(bytes!.bytes)).toContain("%PDF-1.7");
    expect(seen!.messages.map((m) => m.body)).toContain("Iscrizione registrata.");
    // Another citizen sees none of it.
    expect(await citizenCase(t.db, id, mario, clockAt("2026-11-24"))).toBeNull();
  });
});
