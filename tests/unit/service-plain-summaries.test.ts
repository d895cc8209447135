import { describe, expect, it } from "vitest";
import { plainSummaries } from "#db/seed/data/service-plain-summaries";
import { services } from "#db/seed/data/services";

const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter(Boolean);
const words = (sentence: string) => sentence.split(/\s+/).filter(Boolean).length;

describe("«In parole semplici» of the seeded services", () => {
  it("exists for every seeded service, in Italian and in English, and for no unknown service", () => {
    const slugs = services.map((s) => s.slug);
    expect(Object.keys(plainSummaries).sort()).toEqual([...slugs].sort());
    for (const slug of slugs) {
      const plain = plainSummaries[slug]!;
      expect(plain.it.trim().length, `${slug} it`).toBeGreaterThan(40);
      expect(plain.en.trim().length, `${slug} en`).toBeGreaterThan(40);
      expect(plain.it, slug).not.toBe(plain.en);
    }
  });

  it("is plain: a few short sentences, each shorter than the service's own summary would allow", () => {
    for (const [slug, plain] of Object.entries(plainSummaries)) {
      for (const lang of ["it", "en"] as const) {
        const list = sentences(plain[lang]);
        expect(list.length, `${slug} ${lang}`).toBeGreaterThanOrEqual(2);
        expect(list.length, `${slug} ${lang}`).toBeLessThanOrEqual(5);
        for (const s of list) expect(words(s), `${slug} ${lang}: ${s}`).toBeLessThanOrEqual(30);
      }
    }
  });

  it("speaks to the reader (second person) and leaves no bureaucratic word unexplained", () => {
    const secondPerson = { it: /\b(tu|ti|tuo|tua|tuoi|tue|puoi|devi|vuoi|hai|sei|vai|paghi|chiedi|scrivi|iscrivi|dillo|vedi|prendi|abiti|chiama|porta|prenota)\b/i, en: /\byou(r)?\b/i };
    // Words the desk explains on the spot elsewhere (the glossary): a plain summary avoids them altogether.
    const jargon = { it: /\b(istanza|protocollo|codice tributo|rendita catastale|ravvedimento)\b/i, en: /\b(instance|protocol number|tax code|cadastral income)\b/i };
    for (const [slug, plain] of Object.entries(plainSummaries)) {
      for (const lang of ["it", "en"] as const) {
        expect(plain[lang], `${slug} ${lang}`).toMatch(secondPerson[lang]);
        expect(plain[lang], `${slug} ${lang}`).not.toMatch(jargon[lang]);
      }
    }
  });
});
