import { describe, expect, it } from "vitest";
import { plainSummary, toBlocks } from "~/domain/text-blocks";

describe("toBlocks", () => {
  it("splits paragraphs on blank lines and joins wrapped lines", () => {
    expect(toBlocks("Primo\nrigo.\n\nSecondo.")).toEqual([
      { kind: "paragraph", text: "Primo rigo." },
      { kind: "paragraph", text: "Secondo." },
    ]);
  });

  it("turns dashes into a bulleted list and numbers into an ordered one", () => {
    expect(toBlocks("Ti serve:\n- carta d'identità\n- codice fiscale\n\n1. Accedi\n2. Compila")).toEqual([
      { kind: "paragraph", text: "Ti serve:" },
      { kind: "list", ordered: false, items: ["carta d'identità", "codice fiscale"] },
      { kind: "list", ordered: true, items: ["Accedi", "Compila"] },
    ]);
  });

  it("continues a list item on the next line and keeps repeated items", () => {
    expect(toBlocks("- uno\n  continua\n- uno")).toEqual([{ kind: "list", ordered: false, items: ["uno continua", "uno"] }]);
  });

  it("handles Windows line ends and empty text", () => {
    expect(toBlocks("a\r\n\r\nb")).toHaveLength(2);
    expect(toBlocks("")).toEqual([]);
  });

  it("shortens a summary on a word boundary", () => {
    expect(plainSummary("uno due tre quattro", 10)).toBe("uno due…");
    expect(plainSummary("breve", 10)).toBe("breve");
  });
});
