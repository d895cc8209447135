import { describe, expect, it } from "vitest";
import en from "~/locales/en";
import itLocale from "~/locales/it";
import { extraNamespaces } from "~/locales/namespaces";
import pagesIt from "~/locales/pages.it";

function leaves(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) for (const [p, s] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(p, s);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("translations", () => {
  const itLeaves = new Map([...leaves(itLocale), ...Object.entries(extraNamespaces.it).flatMap(([ns, v]) => [...leaves(v, `${ns}:`)])]);
  const enLeaves = new Map([...leaves(en), ...Object.entries(extraNamespaces.en).flatMap(([ns, v]) => [...leaves(v, `${ns}:`)])]);

  it("have the same keys in Italian and English", () => {
    expect([...enLeaves.keys()].sort()).toEqual([...itLeaves.keys()].sort());
  });

  it("have no empty strings", () => {
    for (const [key, value] of [...itLeaves, ...enLeaves]) expect(value.trim(), key).not.toBe("");
  });

  it("use the same placeholders in both languages", () => {
    for (const [key, value] of itLeaves) expect(placeholders(enLeaves.get(key) ?? ""), key).toEqual(placeholders(value));
  });

  it("keep the Modello Comuni texts the conformity checker reads, exactly", () => {
    expect(itLocale.service.sections.audience).toBe("A chi è rivolto");
    expect(itLocale.service.sections.access).toBe("Accedi al servizio");
    expect(itLocale.footer.reportInefficiency).toBe("Segnalazione disservizio");
    expect(itLocale.feedback.title).toBe("Quanto sono chiare le informazioni su questa pagina?");
    expect(itLocale.header.nav.live).toMatch(/^Vivere /);
    expect(pagesIt.legal.license.join(" ")).toContain("con licenza CC-BY 4.0. Gli utenti sono quindi liberi");
  });
});
