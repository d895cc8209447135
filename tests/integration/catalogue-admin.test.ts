/**
 * The back office's catalogue editing (app/services/catalogue-admin.server.ts) on a seeded database:
 * both languages saved and shown by the public page's model, each access mode, validation, the
 * refusal of a stale save (optimistic concurrency) and the audit rows. Who may call these use cases
 * (catalogue.edit) is checked by the route (requireStaff) and by tests/e2e/catalogue-admin.test.ts;
 * here the permission matrix is checked too, since the route relies on it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "#db/seed/index";
import { can } from "~/domain/permissions";
import { findAudit } from "~/models/audit.server";
import { findServiceBySlug, updateServiceIfUnchanged } from "~/models/service.server";
import type { RequestMeta } from "~/services/audit.server";
import {
  deskFormPath,
  getServiceEditor,
  listCatalogueForAdmin,
  readEditForm,
  saveServiceEdit,
  type ServiceEditValues,
  textFieldId,
  TEXT_RULES,
} from "~/services/catalogue-admin.server";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

const meta: RequestMeta = { ip: "192.0.2.20", userAgent: "vitest", requestId: "req-cat" };
/** A service of the seed with no online button, bookable: valid whatever forms the desk has. */
const SLUG = "carta-identita-elettronica";
const EXTERNAL = "https://www.anagrafenazionale.interno.it/servizi-al-cittadino/";

/** The form a browser would send for `values` (textareas with CRLF line breaks, as browsers send them). */
function formOf(values: ServiceEditValues): FormData {
  const form = new FormData();
  for (const lang of ["it", "en"] as const) {
    for (const { field } of TEXT_RULES) form.set(textFieldId(lang, field), values.texts[lang][field].replace(/\n/g, "\r\n"));
  }
  if (values.mode) form.set("mode", values.mode);
  if (values.onlineTarget) form.set("onlineTarget", values.onlineTarget);
  form.set("externalUrl", values.externalUrl);
  if (values.bookable) form.set("bookable", "1");
  form.set("active", values.active ? "1" : "0");
  form.set("spidLevel", values.spidLevel);
  form.set("updatedAt", values.updatedAt);
  return form;
}

describe.each(databaseNames())("catalogue editing on %s", (name) => {
  let t: TestDatabase;
  let adminId: number;

  const load = async (slug = SLUG) => {
    const editor = await getServiceEditor(t.db, slug, "it");
    if (!editor) throw new Error(`no service ${slug}`);
    return editor;
  };
  const edited = (values: ServiceEditValues, change: (v: ServiceEditValues) => void): ServiceEditValues => {
    const copy = structuredClone(values);
    change(copy);
    return copy;
  };
  const save = (values: ServiceEditValues, options: { slug?: string; hasDeskForm?: boolean; now?: Date } = {}) =>
    saveServiceEdit(
      t.db,
      { slug: options.slug ?? SLUG, values: readEditForm(formOf(values)), hasDeskForm: options.hasDeskForm ?? false },
      { staffId: adminId },
      meta,
      options.now,
    );
  const storedRow = (slug = SLUG) => t.db.selectFrom("service").selectAll().where("slug", "=", slug).executeTakeFirstOrThrow();
  const auditRows = async () => (await findAudit(t.db, { event: "catalogue.service.updated" })).filter((r) => r.target_kind === "service");

  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seed(t.db);
    adminId = (await t.db.selectFrom("staff_user").select("id").where("username", "=", "admin").executeTakeFirstOrThrow()).id;
  });

  afterAll(async () => {
    await t?.drop();
  });

  it("only administrators hold catalogue.edit (the permission the routes ask)", () => {
    expect(can({ roles: ["administrator"] }, "catalogue.edit")).toBe(true);
    for (const role of ["operator", "tax_office", "plan_owner", "plan_approver", "citizen", "delegate"] as const) {
      expect(can({ roles: [role] }, "catalogue.edit"), role).toBe(false);
    }
  });

  it("lists every service with its mode, and filters by category and by mode", async () => {
    const all = await listCatalogueForAdmin(t.db, "it");
    const count = Number((await t.db.selectFrom("service").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    expect(all.services).toHaveLength(count);
    const cie = all.services.find((s) => s.slug === SLUG);
    expect(cie).toMatchObject({ mode: "booking", deskForm: false, active: 1 });
    expect(cie?.officeName).toBeTruthy();
    expect(cie?.categoryName).toBeTruthy();
    expect(all.services.find((s) => s.slug === "certificati-anagrafici")).toMatchObject({ mode: "online", deskForm: false });
    expect(all.categories.length).toBeGreaterThan(3);

    const booking = await listCatalogueForAdmin(t.db, "it", { mode: "booking" });
    expect(booking.services.length).toBeGreaterThan(0);
    expect(booking.services.every((s) => s.online_url === null && s.bookable === 1)).toBe(true);

    const registry = await listCatalogueForAdmin(t.db, "en", { categorySlug: "anagrafe-e-stato-civile" });
    expect(registry.services.length).toBeGreaterThan(0);
    expect(registry.services.length).toBeLessThan(count);
    expect(registry.services.every((s) => s.categorySlug === "anagrafe-e-stato-civile")).toBe(true);

    expect((await listCatalogueForAdmin(t.db, "it", { categorySlug: "nessuna-categoria" })).services).toEqual([]);
  });

  it("saves the Italian and English texts; the public page's model reads them at once; one audit row names the fields only", async () => {
    const before = await load();
    const auditBefore = (await auditRows()).length;
    const howToIt = "1. Prenota un appuntamento.\n2. Vieni allo sportello con la foto.\n\nPorta anche la vecchia carta.";
    const howToEn = "- Book an appointment.\n- Come to the counter with a photo.";
    const values = edited(before.values, (v) => {
      v.texts.it.how_to = howToIt;
      v.texts.en.how_to = howToEn;
      v.texts.en.title = "Electronic identity card (CIE) – edited";
    });
    const result = await save(values, { now: new Date("2030-01-02T10:00:00.000Z") });
    expect(result).toEqual({ ok: true, changed: ["it.how_to", "en.title", "en.how_to"] });

    const it = await findServiceBySlug(t.db, SLUG, "it");
    const en = await findServiceBySlug(t.db, SLUG, "en");
    expect(it?.how_to).toBe(howToIt);
    expect(en?.how_to).toBe(howToEn);
    expect(en?.title).toBe("Electronic identity card (CIE) – edited");
    expect(it?.title).toBe(before.values.texts.it.title);
    expect((await storedRow()).updated_at).toBe("2030-01-02T10:00:00.000Z");

    const rows = await auditRows();
    expect(rows).toHaveLength(auditBefore + 1);
    const row = rows[0]!;
    expect(row).toMatchObject({ event: "catalogue.service.updated", outcome: "success", actor_kind: "staff", actor_id: adminId, target_id: String(before.id), ip: meta.ip });
    expect(JSON.parse(row.details ?? "{}")).toEqual({ slug: SLUG, changed: ["it.how_to", "en.title", "en.how_to"] });
    // Which fields, never their content.
    expect(row.details).not.toContain("Prenota");
    expect(row.details).not.toContain("Book an appointment");
  });

  it("a form sent back unchanged (CRLF line breaks and all) writes nothing", async () => {
    const before = await load();
    const stamp = (await storedRow()).updated_at;
    const auditBefore = (await auditRows()).length;
    expect(await save(before.values)).toEqual({ ok: true, changed: [] });
    expect((await storedRow()).updated_at).toBe(stamp);
    expect(await auditRows()).toHaveLength(auditBefore);
  });

  it("sets each access mode: booking only, information only, online through the desk's form or another site", async () => {
    // Information only: no online button, no booking.
    let v = (await load()).values;
    expect(await save(edited(v, (x) => (x.mode = "information")))).toEqual({ ok: true, changed: ["bookable"] });
    expect(await storedRow()).toMatchObject({ online_url: null, bookable: 0 });
    expect((await load()).values.mode).toBe("information");

    // Booking only.
    v = (await load()).values;
    expect(await save(edited(v, (x) => (x.mode = "booking")))).toEqual({ ok: true, changed: ["bookable"] });
    expect(await storedRow()).toMatchObject({ online_url: null, bookable: 1 });

    // Online on another site, https only; the "also bookable" checkbox is kept.
    v = (await load()).values;
    const refused = await save(edited(v, (x) => ((x.mode = "online"), (x.onlineTarget = "external"), (x.externalUrl = "http://www.example.org/"))));
    expect(refused).toEqual({ ok: false, reason: "invalid", errors: { externalUrl: "urlHttps" } });
    expect(await save(edited(v, (x) => ((x.mode = "online"), (x.onlineTarget = "external"), (x.externalUrl = ""))))).toMatchObject({ errors: { externalUrl: "urlRequired" } });
    expect(await save(edited(v, (x) => ((x.mode = "online"), (x.onlineTarget = ""))))).toMatchObject({ errors: { onlineTarget: "targetRequired" } });
    const online = await save(edited(v, (x) => ((x.mode = "online"), (x.onlineTarget = "external"), (x.externalUrl = EXTERNAL), (x.bookable = false))));
    expect(online).toEqual({ ok: true, changed: ["online_url", "bookable"] });
    expect(await storedRow()).toMatchObject({ online_url: EXTERNAL, bookable: 0 });
    expect((await load()).values).toMatchObject({ mode: "online", onlineTarget: "external", externalUrl: EXTERNAL, bookable: false });

    // The desk's own form: only when a form definition exists for the service.
    v = (await load()).values;
    const desk = edited(v, (x) => ((x.onlineTarget = "desk"), (x.bookable = true)));
    expect(await save(desk, { hasDeskForm: false })).toEqual({ ok: false, reason: "invalid", errors: { onlineTarget: "noDeskForm" } });
    expect((await storedRow()).online_url).toBe(EXTERNAL);
    expect(await save(desk, { hasDeskForm: true })).toEqual({ ok: true, changed: ["online_url", "bookable"] });
    expect(await storedRow()).toMatchObject({ online_url: deskFormPath(SLUG), bookable: 1 });
    expect((await load()).values).toMatchObject({ mode: "online", onlineTarget: "desk", externalUrl: "", bookable: true });

    // Back to booking only: the online address goes.
    v = (await load()).values;
    expect(await save(edited(v, (x) => (x.mode = "booking")))).toEqual({ ok: true, changed: ["online_url"] });
    expect(await storedRow()).toMatchObject({ online_url: null, bookable: 1 });
    const publicPage = await findServiceBySlug(t.db, SLUG, "it");
    expect(publicPage).toMatchObject({ online_url: null, bookable: 1 });
  });

  it("suspends a service and changes its SPID level", async () => {
    const v = (await load()).values;
    expect(await save(edited(v, (x) => ((x.active = false), (x.spidLevel = "3"))))).toEqual({ ok: true, changed: ["active", "spid_level"] });
    expect(await storedRow()).toMatchObject({ active: 0, spid_level: 3 });
    const again = (await load()).values;
    expect(await save(edited(again, (x) => (x.spidLevel = "4")))).toMatchObject({ ok: false, errors: { spidLevel: "spidLevel" } });
    expect(await save(edited(again, (x) => ((x.active = true), (x.spidLevel = "2"))))).toEqual({ ok: true, changed: ["active", "spid_level"] });
  });

  it("refuses texts too short in either language and keeps nothing of the refused form", async () => {
    const before = await load();
    const values = edited(before.values, (v) => {
      v.texts.it.how_to = "  ok ";
      v.texts.en.needed = "";
      v.texts.it.title = "";
      v.texts.it.keywords = "";
      v.mode = "";
    });
    const result = await save(values);
    expect(result).toEqual({
      ok: false,
      reason: "invalid",
      errors: { "it-title": "tooShort", "it-how_to": "tooShort", "en-needed": "tooShort", mode: "modeRequired" },
    });
    expect((await findServiceBySlug(t.db, SLUG, "it"))?.how_to).toBe(before.values.texts.it.how_to);
    const tooLong = await save(edited(before.values, (v) => (v.texts.en.title = "x".repeat(151))));
    expect(tooLong).toEqual({ ok: false, reason: "invalid", errors: { "en-title": "tooLong" } });
  });

  it("refuses a save made from a version someone else has replaced, writes nothing, and audits the refusal", async () => {
    const anna = await load();
    const bruno = await load();
    // Bruno saves first.
    const brunoValues = edited(bruno.values, (v) => (v.texts.it.cost = "Costa 22,21 euro, da pagare allo sportello."));
    expect(await save(brunoValues, { now: new Date("2031-05-05T08:00:00.000Z") })).toMatchObject({ ok: true });
    const auditBefore = (await auditRows()).length;

    // Anna, still on the version she loaded.
    const annaValues = edited(anna.values, (v) => (v.texts.it.outcome = "Ricevi la carta a casa per posta in pochi giorni."));
    const refused = await save(annaValues);
    expect(refused).toMatchObject({ ok: false, reason: "stale", differing: ["it.outcome", "it.cost"] });
    if (refused.ok || refused.reason !== "stale") throw new Error("expected a stale refusal");
    expect(refused.current.updatedAt).toBe("2031-05-05T08:00:00.000Z");
    expect(refused.current.texts.it.cost).toBe(brunoValues.texts.it.cost);

    // Nothing of Anna's was written: Bruno's text stays, the version did not move.
    const stored = await findServiceBySlug(t.db, SLUG, "it");
    expect(stored?.cost).toBe(brunoValues.texts.it.cost);
    expect(stored?.outcome).toBe(anna.values.texts.it.outcome);
    expect((await storedRow()).updated_at).toBe("2031-05-05T08:00:00.000Z");
    const rows = await auditRows();
    expect(rows).toHaveLength(auditBefore + 1);
    const failures = rows.filter((r) => r.outcome === "failure");
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ actor_id: adminId, target_id: String(anna.id) });
    expect(JSON.parse(failures[0]!.details ?? "{}")).toMatchObject({ slug: SLUG, reason: "stale", loadedVersion: anna.values.updatedAt, currentVersion: "2031-05-05T08:00:00.000Z" });

    // Having read the warning, Anna saves again on the current version: now it is her choice.
    const knowingly = await save({ ...annaValues, updatedAt: refused.current.updatedAt }, { now: new Date("2031-05-05T08:05:00.000Z") });
    expect(knowingly).toEqual({ ok: true, changed: ["it.outcome", "it.cost"] });
    expect((await findServiceBySlug(t.db, SLUG, "it"))?.outcome).toBe(annaValues.texts.it.outcome);
  });

  it("a new version always sorts after the old one, even when the clock went back", async () => {
    const v = (await load()).values;
    const old = (await storedRow()).updated_at;
    expect(await save(edited(v, (x) => (x.texts.en.cost = "It costs 22.21 euros.")), { now: new Date("2001-01-01T00:00:00.000Z") })).toMatchObject({ ok: true });
    const next = (await storedRow()).updated_at;
    expect(next > old).toBe(true);
    expect(Date.parse(next) - Date.parse(old)).toBe(1);
  });

  it("the version check is part of the UPDATE: a write on an old version changes nothing", async () => {
    const row = await storedRow();
    const changes = { active: 1, online_url: null, bookable: 1, spid_level: 2, updated_at: "2040-01-01T00:00:00.000Z" };
    expect(await updateServiceIfUnchanged(t.db, row.id, "1999-01-01T00:00:00.000Z", changes)).toBe(false);
    expect((await storedRow()).updated_at).toBe(row.updated_at);
    expect(await updateServiceIfUnchanged(t.db, row.id, row.updated_at, { ...changes, updated_at: row.updated_at })).toBe(true);
  });

  it("answers not_found for a service that does not exist", async () => {
    const v = (await load()).values;
    expect(await save(v, { slug: "non-esiste" })).toEqual({ ok: false, reason: "not_found" });
    expect(await getServiceEditor(t.db, "non-esiste", "it")).toBeUndefined();
  });
});
