import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "#db/seed/index";
import { plainSummaries } from "#db/seed/data/service-plain-summaries";
import { services } from "#db/seed/data/services";
import { getServicePage } from "~/services/catalogue.server";
import type { RequestMeta } from "~/services/audit.server";
import { getServiceEditor, readEditForm, saveServiceEdit, textFieldId, TEXT_RULES } from "~/services/catalogue-admin.server";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

describe.each(databaseNames())("«in parole semplici» on %s", (name) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seed(t.db);
  });
  afterAll(async () => t?.drop());

  it("every seeded service page carries its plain summary, in Italian and in English", async () => {
    for (const s of services) {
      for (const lang of ["it", "en"] as const) {
        const page = await getServicePage(t.db, s.slug, lang, "http://localhost");
        expect(page?.service.plain_summary, `${s.slug} ${lang}`).toBe(plainSummaries[s.slug]![lang]);
      }
    }
  });

  it("the catalogue editor requires the plain summary in both languages and saves it for the public page", async () => {
    const slug = "carta-identita-elettronica";
    const meta: RequestMeta = { ip: "192.0.2.21", userAgent: "vitest", requestId: "req-plain" };
    const adminId = (await t.db.selectFrom("staff_user").select("id").where("username", "=", "admin").executeTakeFirstOrThrow()).id;
    const editor = await getServiceEditor(t.db, slug, "it");
    if (!editor) throw new Error("no service");
    const post = (change: (form: FormData) => void) => {
      const form = new FormData();
      for (const lang of ["it", "en"] as const) for (const { field } of TEXT_RULES) form.set(textFieldId(lang, field), editor.values.texts[lang][field]);
      form.set("mode", editor.values.mode);
      form.set("active", editor.values.active ? "1" : "0");
      if (editor.values.bookable) form.set("bookable", "1");
      form.set("spidLevel", editor.values.spidLevel);
      form.set("updatedAt", editor.values.updatedAt);
      change(form);
      return saveServiceEdit(t.db, { slug, values: readEditForm(form), hasDeskForm: false }, { staffId: adminId }, meta);
    };
    expect(editor.values.texts.it.plain_summary).toBe(plainSummaries[slug]!.it);
    expect(await post((f) => f.set("en-plain_summary", " "))).toMatchObject({ ok: false, reason: "invalid", errors: { "en-plain_summary": "tooShort" } });
    const text = "Ti serve per dire chi sei. Prenota un appuntamento e vieni in Comune.";
    expect(await post((f) => f.set("it-plain_summary", text))).toEqual({ ok: true, changed: ["it.plain_summary"] });
    expect((await getServicePage(t.db, slug, "it", "http://localhost"))?.service.plain_summary).toBe(text);
  });

});
