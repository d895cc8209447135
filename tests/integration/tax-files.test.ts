/**
 * The tax office's files and pagoPA's reconciliation flow on SQLite and PostgreSQL: a TARI accounts
 * file replaces the accounts of the taxpayers it names (and the positions follow); a payments file is
 * added once (the same file again adds nothing, a duplicate line inside it is skipped, a notice of the
 * desk's own is left to the reconciliation); a reporting flow closes an open notice and the position
 * through the same once-only path as the checkout, a second load changing nothing, with unknown IUVs,
 * amount mismatches and revoked payments reported; a fee on an application, paid through the flow or
 * the checkout, moves the application on by itself.
 */
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "#db/schema";
import { seed } from "#db/seed/index";
import { deadline, type DeadlineRule } from "~/domain/application-workflow";
import { DEMO_TAXPAYER } from "#db/seed/tax-demo";
import { submitApplication, type CitizenPrincipal } from "~/services/applications.server";
import { NO_REQUEST } from "~/services/audit.server";
import { act, type StaffPrincipal } from "~/services/backoffice.server";
import { feeNoticesOf } from "~/services/fees.server";
import { noticeForNextInstalment, recordPagoPaPayment, simulatedProvider } from "~/services/payments.server";
import { folderReportingSource, loadReportingFlow, pollReporting, RECONCILIATION_PROVIDER } from "~/services/reconciliation.server";
import { loadPayments, loadTariAccounts } from "~/services/rolls.server";
import { getStaffPrincipal } from "~/services/staff-auth.server";
import { taxPosition } from "~/services/tax-position.server";
import { completeTariDraft, testCitizen, testFiscalCode } from "../setup/applications";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";
import { PAYMENTS_HEADER, reportingFlowXml, SEREGNO_CF } from "../setup/reporting";

const TARI_HEADER = "codice_fiscale;indirizzo;utenza;occupanti;categoria;superficie;dal;al;riduzioni";
const actor = { kind: "staff" as const, id: 1 };
const now = () => new Date("2026-11-27T10:00:00Z");
const TODAY = "2026-11-27";
const texts = () => ({ subject: "Oggetto", body: "Testo" });

async function staffPrincipal(db: Kysely<Database>, username: string): Promise<StaffPrincipal> {
  const user = await db.selectFrom("staff_user").select("id").where("username", "=", username).executeTakeFirstOrThrow();
  const staff = await getStaffPrincipal(db, user.id);
  if (!staff) throw new Error(`no staff ${username}`);
  return { kind: "staff", stage: "full", staff };
}

describe.each(databaseNames())("tax office files and reconciliation on %s", (name) => {
  let t: TestDatabase;
  const count = async (table: "tari_account" | "tax_payment") =>
    Number(
      (
        await t.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n
    );
  const year = async (y: number) => (await taxPosition(t.db, DEMO_TAXPAYER, TODAY)).years.find((x) => x.year === y)!;

  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seed(t.db, undefined, { demoStaff: true });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("a TARI accounts file replaces the accounts of the taxpayers it names, and leaves the others alone", async () => {
    const other = testFiscalCode(7);
    expect(await loadTariAccounts(t.db, `${TARI_HEADER}\n${other};Via Altra 3, Seregno;domestica;4;;120;01/01/2022;;\n`, actor, now, NO_REQUEST)).toMatchObject({
      ok: true,
      accounts: 1,
      taxpayers: 1,
      removed: 0,
    });
    const before = (await year(2026)).tari!.balance.due;
    // The demo household (one person, 95 m² since 1990) becomes two people from this file on.
    const r = await loadTariAccounts(t.db, `${TARI_HEADER}\n${DEMO_TAXPAYER};Via Umberto I 12, Seregno;domestica;2;;95;01/05/1990;;\n`, actor, now, NO_REQUEST);
    expect(r).toMatchObject({ ok: true, lines: 1, accounts: 1, taxpayers: 1, removed: 1 });
    const accounts = await t.db.selectFrom("tari_account").select(["fiscal_code", "occupants"]).orderBy("fiscal_code").execute();
    expect(accounts).toEqual([
      { fiscal_code: DEMO_TAXPAYER, occupants: 2 },
      { fiscal_code: other, occupants: 4 },
    ]);
    // Two people pay more than one on the same surface: the position is computed from the new account.
    const after = await year(2026);
    expect(after.tari!.balance.due > before).toBe(true);
    // A bad file changes nothing.
    const bad = await loadTariAccounts(t.db, `${TARI_HEADER}\n${DEMO_TAXPAYER};Via Umberto I 12;domestica;;;95;01/05/1990;;\n`, actor, now, NO_REQUEST);
    expect(bad).toMatchObject({ ok: false, errorCount: 1, errors: [{ line: 2, column: "occupanti", code: "required" }] });
    expect(await count("tari_account")).toBe(2);
  });

  it("payments are added once: the same file again adds nothing, duplicates and desk notices are skipped", async () => {
    const desk = await noticeForNextInstalment(t.db, { fiscalCode: DEMO_TAXPAYER, tax: "IMU", year: 2026, segregation: "01", description: () => "IMU 2026" }, TODAY, "2026-11-27T09:00:00.000Z");
    if (!desk.ok) throw new Error("no notice");
    const file = [
      PAYMENTS_HEADER,
      // The late 2025 IMU balance, paid with an F24 at the bank.
      `${DEMO_TAXPAYER};IMU;2025;3918;F24;20/11/2026;691,00;;F24 saldo 2025`,
      `${DEMO_TAXPAYER};IMU;2025;3918;F24;20/11/2026;691,00;;F24 saldo 2025`,
      `${DEMO_TAXPAYER};IMU;2026;PAGOPA;pagoPA;21/11/2026;${desk.notice.amount_cents / 100};${desk.notice.notice_number};`,
      `${testFiscalCode(7)};TARI;2026;3944;F24;18/06/2026;100,00;;`,
    ].join("\n");
    const before = await count("tax_payment");
    const first = await loadPayments(t.db, file, actor, now, NO_REQUEST);
    expect(first).toMatchObject({ ok: true, lines: 4, added: 2, skippedCount: 2 });
    expect(first.ok && first.skipped.map((s) => `${s.line}:${s.code}`)).toEqual(["3:duplicate", "4:desk_notice"]);
    expect(await count("tax_payment")).toBe(before + 2);
    expect((await year(2025)).imu!.balance.status).toBe("paid");

    const again = await loadPayments(t.db, file, actor, now, NO_REQUEST);
    expect(again).toMatchObject({ ok: true, added: 0, skippedCount: 4 });
    expect(again.ok && again.skipped.map((s) => `${s.line}:${s.code}`)).toEqual(["2:duplicate", "3:duplicate", "4:desk_notice", "5:duplicate"]);
    expect(await count("tax_payment")).toBe(before + 2);
    // The desk's notice is untouched: it is still open, for the reconciliation flow to close.
    expect((await t.db.selectFrom("tax_notice").select("state").where("notice_number", "=", desk.notice.notice_number).executeTakeFirstOrThrow()).state).toBe("open");

    const refused = await loadPayments(t.db, `${PAYMENTS_HEADER}\n${DEMO_TAXPAYER};IMU;2025;3944;F24;20/11/2026;1;;`, actor, now, NO_REQUEST);
    expect(refused).toMatchObject({ ok: false, errors: [{ line: 2, column: "codice_tributo", code: "bad_tax_code" }] });
    const audit = await t.db.selectFrom("audit_log").select("event").where("event", "like", "tax.payments_%").execute();
    expect(audit.map((a) => a.event).sort()).toEqual(["tax.payments_loaded", "tax.payments_loaded", "tax.payments_refused"]);
  });

  it("a reporting flow closes an open notice and the position, once; unknown IUVs, other amounts and revocations are reported", async () => {
    const tari = await noticeForNextInstalment(
      t.db,
      { fiscalCode: DEMO_TAXPAYER, tax: "TARI", year: 2025, segregation: "01", description: () => "TARI 2025 rata 3" },
      TODAY,
      "2026-11-27T09:00:00.000Z"
    );
    const imu = await noticeForNextInstalment(t.db, { fiscalCode: DEMO_TAXPAYER, tax: "IMU", year: 2026, segregation: "01", description: () => "IMU 2026" }, TODAY, "2026-11-27T09:00:00.000Z");
    if (!tari.ok || !imu.ok) throw new Error("no notice");
    expect((await year(2025)).tari!.balance.status).toBe("late");
    const tariAmount = (tari.notice.amount_cents / 100).toFixed(2);
    const flow = reportingFlowXml({
      payments: [
        { iuv: tari.notice.notice_number.slice(1), amount: tariAmount, iur: "IUR-TARI-1", day: "2026-11-24" },
        { iuv: "01269999999999901", amount: "10.00" },
        { iuv: imu.notice.notice_number.slice(1), amount: "100.00" },
        { iuv: imu.notice.notice_number.slice(1), amount: "5.00", outcome: 3 },
      ],
    });
    const before = await count("tax_payment");
    const lateBefore = (await year(2025)).tari!.balance.balance;
    const r = await loadReportingFlow(t.db, flow, { creditorFiscalCode: SEREGNO_CF, actor, meta: NO_REQUEST });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.counts).toEqual({ matched: 1, already_paid: 0, unknown_iuv: 1, amount_mismatch: 1, revoked: 1 });
    expect(r.payments.map((p) => p.status)).toEqual(["matched", "unknown_iuv", "amount_mismatch", "revoked"]);
    expect(r.payments[2]).toMatchObject({ amountCents: 10000n, expectedCents: BigInt(imu.notice.amount_cents) });
    const closed = await t.db.selectFrom("tax_notice").selectAll().where("notice_number", "=", tari.notice.notice_number).executeTakeFirstOrThrow();
    expect(closed).toMatchObject({ state: "paid", provider: RECONCILIATION_PROVIDER, receipt_id: "IUR-TARI-1", paid_at: "2026-11-24T12:00:00.000Z" });
    expect((await t.db.selectFrom("tax_notice").select("state").where("notice_number", "=", imu.notice.notice_number).executeTakeFirstOrThrow()).state).toBe("open");
    // The instalment is late: the notice carries the ravvedimento, recorded as tax, sanction and interest.
    const extras = BigInt((tari.notice.sanction_cents ?? 0) + (tari.notice.interest_cents ?? 0));
    expect(extras > 0n).toBe(true);
    expect(await count("tax_payment")).toBe(before + 3);
    // The position counts the tax part (the household file above made 2025 dearer, so a part stays open).
    expect((await year(2025)).tari!.balance.balance).toBe(lateBefore - (BigInt(tari.notice.amount_cents) - extras));

    // The same flow again (or the checkout reporting the payment later): nothing changes.
    const again = await loadReportingFlow(t.db, flow, { creditorFiscalCode: SEREGNO_CF, actor, meta: NO_REQUEST });
    expect(again.ok && again.counts).toEqual({ matched: 0, already_paid: 1, unknown_iuv: 1, amount_mismatch: 1, revoked: 1 });
    expect(await recordPagoPaPayment(t.db, tari.notice.notice_number, { provider: "simulato", at: "2026-11-27T11:00:00.000Z" }, NO_REQUEST)).toBe("already");
    expect(await count("tax_payment")).toBe(before + 3);

    // A flow for someone else, or one that does not add up, is refused whole.
    const imuFlow = reportingFlowXml({ payments: [{ iuv: imu.notice.notice_number.slice(1), amount: (imu.notice.amount_cents / 100).toFixed(2) }] });
    expect(await loadReportingFlow(t.db, imuFlow.replace(`>${SEREGNO_CF}<`, ">01234567890<"), { creditorFiscalCode: SEREGNO_CF, actor, meta: NO_REQUEST })).toEqual({
      ok: false,
      errors: [{ path: "istitutoRicevente", code: "other_creditor", value: "01234567890" }],
    });
    const wrongTotal = imuFlow.replace(/<importoTotalePagamenti>[^<]*</, "<importoTotalePagamenti>1.00<");
    expect(await loadReportingFlow(t.db, wrongTotal, { creditorFiscalCode: SEREGNO_CF, actor, meta: NO_REQUEST })).toMatchObject({ ok: false, errors: [{ code: "total_mismatch" }] });
    expect((await t.db.selectFrom("tax_notice").select("state").where("notice_number", "=", imu.notice.notice_number).executeTakeFirstOrThrow()).state).toBe("open");
    const audit = await t.db.selectFrom("audit_log").select("event").where("event", "like", "tax.reporting_%").execute();
    expect(audit.map((a) => a.event).sort()).toEqual(["tax.reporting_loaded", "tax.reporting_loaded", "tax.reporting_refused", "tax.reporting_refused"]);
  });

  it("the poller loads every flow dropped in the folder and moves it to caricati/ or scartati/", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "flussi-"));
    try {
      const notice = await noticeForNextInstalment(t.db, { fiscalCode: DEMO_TAXPAYER, tax: "IMU", year: 2026, segregation: "01", description: () => "IMU 2026" }, TODAY, "2026-11-27T09:00:00.000Z");
      if (!notice.ok) throw new Error("no notice");
      await writeFile(path.join(dir, "a.xml"), reportingFlowXml({ payments: [{ iuv: notice.notice.notice_number.slice(1), amount: (notice.notice.amount_cents / 100).toFixed(2) }] }));
      await writeFile(path.join(dir, "b.xml"), "<FlussoRiversamento/>");
      await writeFile(path.join(dir, "note.txt"), "not a flow");
      const round = await pollReporting(t.db, folderReportingSource(dir), { creditorFiscalCode: SEREGNO_CF, meta: NO_REQUEST });
      expect(round.map((r) => [r.id, r.result.ok])).toEqual([
        ["a.xml", true],
        ["b.xml", false],
      ]);
      expect((await readdir(dir)).sort()).toEqual(["caricati", "note.txt", "scartati"]);
      expect(await readdir(path.join(dir, "caricati"))).toEqual(["a.xml"]);
      expect((await t.db.selectFrom("tax_notice").select("state").where("notice_number", "=", notice.notice.notice_number).executeTakeFirstOrThrow()).state).toBe("paid");
      expect(await pollReporting(t.db, folderReportingSource(dir), { creditorFiscalCode: SEREGNO_CF, meta: NO_REQUEST })).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  describe("a fee on an application", () => {
    let tributi: StaffPrincipal;
    let citizen: CitizenPrincipal;
    const clockAt = (day: string, time = "09:00:00") => ({ now: `${day}T${time}.000Z`, today: day });
    const translate = ((key: string) => key) as never;

    async function applicationInCharge(): Promise<number> {
      const id = await completeTariDraft(t.db, citizen, clockAt("2026-11-02"));
      await submitApplication(t.db, { id, principal: citizen, lang: "it", translators: { it: translate, en: translate }, emailTexts: texts }, clockAt("2026-11-02"), NO_REQUEST);
      expect((await act(t.db, tributi, id, { kind: "event", event: "take_in_charge", message: "" }, clockAt("2026-11-03"), NO_REQUEST, texts)).ok).toBe(true);
      return id;
    }
    const app = (id: number) => t.db.selectFrom("application").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    const events = async (id: number) =>
      (await t.db.selectFrom("application_event").select(["event", "actor_kind", "from_state", "to_state"]).where("application_id", "=", id).orderBy("id").execute()).map(
        (e) => `${e.event}:${e.actor_kind}:${e.from_state}>${e.to_state}`
      );

    beforeAll(async () => {
      tributi = await staffPrincipal(t.db, "tributi");
      citizen = (await testCitizen(t.db, 3, "2026-11-02T08:00:00.000Z")).principal;
    });

    it("asked by the office, it makes a FEE notice and waits; paid through the reporting flow, the case moves on by itself", async () => {
      const id = await applicationInCharge();
      const ask = (amount: string, reason: string) =>
        act(t.db, tributi, id, { kind: "event", event: "request_payment", message: "", fee: { amount, reason, segregation: "01" } }, clockAt("2026-11-05"), NO_REQUEST, texts);
      expect(await ask("0", "Copie")).toEqual({ ok: false, reason: "bad_amount" });
      expect(await ask("12,50", " ")).toEqual({ ok: false, reason: "reason_required" });
      expect((await app(id)).state).toBe("in_charge");
      expect((await ask("12,50", "Diritti di istruttoria")).ok).toBe(true);
      const waiting = await app(id);
      expect(waiting.state).toBe("payment_requested");
      // The legal term (the service's rule, checked day by day in the unit tests) stops on 5 November, for at most 30 days.
      const rule = JSON.parse(waiting.deadline_rule!) as DeadlineRule;
      const plain = deadline({ submittedOn: "2026-11-02", rule })!;
      expect(waiting.due_on).toBe(deadline({ submittedOn: "2026-11-02", rule, suspensions: [{ from: "2026-11-05", to: null }] }));
      expect(waiting.due_on! > plain).toBe(true);
      const [notice] = await feeNoticesOf(t.db, id);
      expect(notice).toMatchObject({
        tax: "FEE",
        subject_ref: `application:${id}`,
        amount_cents: 1250,
        description: "Diritti di istruttoria",
        state: "open",
        fiscal_code: citizen.citizen.fiscalCode,
        due_on: "2026-12-05",
        year: 2026,
      });
      expect(simulatedProvider.checkoutUrl(notice!)).toBe(`/area-personale/domande/${id}/pagamento/${notice!.notice_number}`);
      // Asking twice while waiting is not allowed.
      expect(await ask("1", "Altro")).toEqual({ ok: false, reason: "not_allowed_in_state" });

      const r = await loadReportingFlow(t.db, reportingFlowXml({ payments: [{ iuv: notice!.notice_number.slice(1), amount: "12.50", day: "2026-11-12" }] }), {
        creditorFiscalCode: SEREGNO_CF,
        actor,
        meta: NO_REQUEST,
      });
      expect(r.ok && r.counts.matched).toBe(1);
      const moved = await app(id);
      expect(moved.state).toBe("in_charge");
      // Suspended from 5 to 12 November: the term restarts on the day of the payment.
      expect(moved.due_on).toBe(deadline({ submittedOn: "2026-11-02", rule, suspensions: [{ from: "2026-11-05", to: "2026-11-12" }] }));
      expect(moved.due_on! > plain && moved.due_on! < waiting.due_on!).toBe(true);
      expect(await events(id)).toEqual([
        "submit:citizen:draft>submitted",
        "take_in_charge:staff:submitted>in_charge",
        "request_payment:staff:in_charge>payment_requested",
        "payment_received:system:payment_requested>in_charge",
      ]);
      const mail = await t.db.selectFrom("outbox").select(["recipient", "subject"]).where("related_id", "=", String(id)).orderBy("id").execute();
      expect(mail.map((m) => m.subject)).toEqual(["Oggetto", "Oggetto", `Pagamento ricevuto – protocollo ${moved.protocol_year}/${String(moved.protocol_number).padStart(7, "0")}`]);
      expect(mail.at(-1)!.recipient).toBe(citizen.citizen.email);
      const audit = await t.db.selectFrom("audit_log").select(["event", "target_id"]).where("event", "=", "application.payment_received").execute();
      expect(audit.map((a) => String(a.target_id))).toEqual([String(id)]);
      // The checkout reporting it afterwards changes nothing.
      expect(await recordPagoPaPayment(t.db, notice!.notice_number, { provider: "simulato", at: "2026-11-13T09:00:00.000Z" }, NO_REQUEST)).toBe("already");
      expect((await events(id)).length).toBe(4);
    });

    it("paid in the checkout, the case moves on the same way", async () => {
      const id = await applicationInCharge();
      expect(
        (
          await act(
            t.db,
            tributi,
            id,
            { kind: "event", event: "request_payment", message: "Servono i diritti di copia.", fee: { amount: "3", reason: "Copie conformi", segregation: "01" } },
            clockAt("2026-11-05"),
            NO_REQUEST,
            texts
          )
        ).ok
      ).toBe(true);
      const [notice] = await feeNoticesOf(t.db, id);
      expect(await recordPagoPaPayment(t.db, notice!.notice_number, { provider: simulatedProvider.name, at: "2026-11-06T10:00:00.000Z" }, NO_REQUEST)).toBe("recorded");
      expect((await app(id)).state).toBe("in_charge");
      expect((await events(id)).at(-1)).toBe("payment_received:system:payment_requested>in_charge");
      // A FEE is no tax: the citizen's tax payments do not change.
      expect(await t.db.selectFrom("tax_payment").select("id").where("fiscal_code", "=", citizen.citizen.fiscalCode).execute()).toEqual([]);
    });

    it("paid after the office rejected the case, the payment is written in its history and nothing moves", async () => {
      const id = await applicationInCharge();
      await act(t.db, tributi, id, { kind: "event", event: "request_payment", message: "", fee: { amount: "7", reason: "Canone", segregation: "01" } }, clockAt("2026-11-05"), NO_REQUEST, texts);
      expect((await act(t.db, tributi, id, { kind: "event", event: "reject", message: "Nessun pagamento ricevuto." }, clockAt("2026-11-20"), NO_REQUEST, texts)).ok).toBe(true);
      const [notice] = await feeNoticesOf(t.db, id);
      expect(await recordPagoPaPayment(t.db, notice!.notice_number, { provider: simulatedProvider.name, at: "2026-11-21T10:00:00.000Z" }, NO_REQUEST)).toBe("recorded");
      expect((await app(id)).state).toBe("rejected");
      expect((await events(id)).at(-1)).toBe("payment_received:system:rejected>rejected");
    });
  });
});
