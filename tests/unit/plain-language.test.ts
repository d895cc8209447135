import { describe, expect, it } from "vitest";
import { GLOSSARY, markTerms } from "~/domain/glossary";
import { joinBlocks, speechChunks, speechLanguage } from "~/domain/speech-text";
import { FORMS } from "~/forms/registry";
import { extraNamespaces } from "~/locales/namespaces";
import deskEn from "~/locales/desk.en";
import deskIt from "~/locales/desk.it";

const lookup = (tree: unknown, key: string): unknown => key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), tree);

describe("«Cosa ti chiediamo in questa pagina» of every form step", () => {
  for (const form of Object.values(FORMS)) {
    it(`${form.slug}: every step has a short plain summary in Italian and English`, () => {
      for (const step of form.steps) {
        for (const lang of ["it", "en"] as const) {
          const text = lookup(extraNamespaces[lang].plainSteps, step.plain);
          expect(typeof text, `${form.slug}/${step.id} ${lang}: ${step.plain}`).toBe("string");
          const words = (text as string).split(/\s+/).length;
          expect(words, `${form.slug}/${step.id} ${lang}`).toBeLessThanOrEqual(40);
          expect(text as string, `${form.slug}/${step.id} ${lang}`).toMatch(lang === "it" ? /\b(ti|tu|tuo|tua|tuoi|tue)\b/i : /\byou(r)?\b/i);
        }
      }
    });
  }

  it("the fixed pages of the flow (privacy, documents, summary, confirmation, case, receipt) have theirs", () => {
    for (const page of ["privacy", "documents", "summary", "confirmation", "case", "receipt"] as const) {
      expect(deskIt.plain[page].length, page).toBeGreaterThan(20);
      expect(deskEn.plain[page].length, page).toBeGreaterThan(20);
    }
  });
});

describe("glossary", () => {
  it("has the terms the citizen pages use, each explained in both languages", () => {
    const ids = GLOSSARY.map((e) => e.id);
    for (const id of ["rendita-catastale", "codice-tributo", "f24", "pagopa", "codice-avviso", "spid", "cie", "codice-fiscale", "ravvedimento-operoso", "istanza", "protocollo", "categoria-catastale", "quota-di-possesso", "tari", "imu", "tefa", "delega"]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of GLOSSARY) {
      expect(e.terms.it.length && e.terms.en.length, e.id).toBeTruthy();
      expect(e.explanation.it.length, e.id).toBeGreaterThan(20);
      expect(e.explanation.en.length, e.id).toBeGreaterThan(20);
    }
  });

  it("marks the first occurrence of each term, whole words only, the longest term winning", () => {
    const parts = markTerms("Paga con il modello F24: nel modello F24 c'è il codice tributo. La TARIFFA non è la TARI.", "it");
    const marked = parts.filter((p) => p.entry).map((p) => `${p.entry!.id}=${p.text}`);
    expect(marked).toEqual(["f24=modello F24", "codice-tributo=codice tributo", "tari=TARI"]);
    expect(parts.map((p) => p.text).join("")).toBe("Paga con il modello F24: nel modello F24 c'è il codice tributo. La TARIFFA non è la TARI.");
  });

  it("ignores case, leaves skipped terms as text and marks English terms in English", () => {
    expect(markTerms("La Rendita Catastale", "it").find((p) => p.entry)?.entry?.id).toBe("rendita-catastale");
    expect(markTerms("Il codice fiscale", "it", new Set(["codice-fiscale"])).some((p) => p.entry)).toBe(false);
    expect(markTerms("Pay with pagoPA", "en").find((p) => p.entry)?.entry?.id).toBe("pagopa");
    expect(markTerms("", "it")).toEqual([]);
  });
});

describe("speech text (Ascolta)", () => {
  it("reads Italian pages in it-IT and English ones in en-GB", () => {
    expect(speechLanguage("it")).toBe("it-IT");
    expect(speechLanguage("en")).toBe("en-GB");
    expect(speechLanguage("en-GB")).toBe("en-GB");
  });

  it("joins blocks with a pause, dropping empty ones", () => {
    expect(joinBlocks(["Pagare la TARI", "  ", "Servizio attivo", "Vedi quanto devi.", "Contatti:"])).toBe("Pagare la TARI. Servizio attivo. Vedi quanto devi. Contatti:");
  });

  it("cuts long text at sentence ends into pieces of at most the given size, losing nothing", () => {
    const text = Array.from({ length: 30 }, (_, i) => `Frase numero ${i} del testo.`).join(" ");
    const chunks = speechChunks(text, 100);
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(100);
    expect(chunks.join(" ")).toBe(text);
    const long = "parola ".repeat(60).trim();
    expect(speechChunks(long, 50).join(" ")).toBe(long);
    expect(speechChunks(long, 50).every((c) => c.length <= 50)).toBe(true);
  });
});
