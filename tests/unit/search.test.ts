import { describe, expect, it } from "vitest";
import { normalize, queryTerms, searchDocuments, type SearchDocument } from "~/domain/search";

const doc = (id: number, title: string, extra: Partial<SearchDocument> = {}): SearchDocument => ({
  id,
  title,
  summary: "",
  description: "",
  keywords: "",
  category: "",
  ...extra,
});

describe("search", () => {
  it("ignores case and accents", () => {
    expect(normalize("Città di SEREGNO, È così")).toBe("citta di seregno e cosi");
  });

  it("drops stop words unless they are all the query has", () => {
    expect(queryTerms("il cambio di residenza")).toEqual(["cambio", "residenza"]);
    expect(queryTerms("di")).toEqual(["di"]);
    expect(queryTerms("   ")).toEqual([]);
  });

  it("requires every term and matches word prefixes", () => {
    const docs = [doc(1, "Cambio di residenza"), doc(2, "Carta d'identità elettronica"), doc(3, "Residenza anziani")];
    expect(searchDocuments(docs, "resid").map((h) => h.id).sort()).toEqual([1, 3]);
    expect(searchDocuments(docs, "cambio resid").map((h) => h.id)).toEqual([1]);
    expect(searchDocuments(docs, "identita").map((h) => h.id)).toEqual([2]);
    expect(searchDocuments(docs, "passaporto")).toEqual([]);
  });

  it("matches word beginnings only in titles, keywords and categories", () => {
    const docs = [doc(1, "Mensa scolastica", { description: "La tariffa dipende dall'ISEE" }), doc(2, "Pagare la TARI")];
    expect(searchDocuments(docs, "tari").map((h) => h.id)).toEqual([2]);
    expect(searchDocuments(docs, "tariffa").map((h) => h.id)).toEqual([1]);
  });

  it("never expands a query word that is a whole word of the catalogue", () => {
    const docs = [doc(1, "Tariffe della mensa", { keywords: "tariffa" }), doc(2, "Pagare la TARI"), doc(3, "Residenza")];
    expect(searchDocuments(docs, "tari").map((h) => h.id)).toEqual([2]);
    expect(searchDocuments(docs, "tarif").map((h) => h.id)).toEqual([1]);
    expect(searchDocuments(docs, "resid").map((h) => h.id)).toEqual([3]);
  });

  it("ranks a title match above a description match", () => {
    const docs = [doc(1, "Mensa", { description: "Pagare la TARI non serve" }), doc(2, "Pagamento TARI")];
    expect(searchDocuments(docs, "tari").map((h) => h.id)).toEqual([2, 1]);
  });

  it("finds services through their category and keywords", () => {
    const docs = [doc(1, "Iscrizione", { category: "Tributi, finanze e contravvenzioni", keywords: "spazzatura rifiuti" })];
    expect(searchDocuments(docs, "tributi").length).toBe(1);
    expect(searchDocuments(docs, "spazzatura").length).toBe(1);
  });

  it("returns the same order for equal scores (alphabetical)", () => {
    const docs = [doc(1, "Zeta tari"), doc(2, "Alfa tari")];
    expect(searchDocuments(docs, "tari").map((h) => h.id)).toEqual([2, 1]);
  });
});
