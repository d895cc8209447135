import { describe, expect, it } from "vitest";
import { idpChoice, KNOWN_SPID_IDPS, shuffle } from "~/domain/idp-list";

/** A small deterministic generator (mulberry32) so the statistics below are reproducible. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("the SPID button's IdP list", () => {
  it("shows known IdPs with AgID's name and logo, others by their metadata name", () => {
    expect(idpChoice("https://posteid.poste.it", "Poste Italiane SpA")).toEqual({ entityId: "https://posteid.poste.it", name: "Poste ID", logo: "spid-idp-posteid.svg" });
    expect(idpChoice("https://new-idp.example", " New IdP ")).toEqual({ entityId: "https://new-idp.example", name: "New IdP", logo: null });
  });

  it("shuffles without losing or repeating anyone", () => {
    const ids = Object.keys(KNOWN_SPID_IDPS);
    const out = shuffle(ids, seeded(1));
    expect([...out].sort()).toEqual([...ids].sort());
    expect(out).not.toEqual(ids);
  });

  it("puts every IdP first about equally often (no provider favoured by position)", () => {
    const ids = Object.keys(KNOWN_SPID_IDPS);
    const random = seeded(42);
    const firsts = new Map<string, number>();
    const rounds = 12_000;
    for (let i = 0; i < rounds; i++) {
      const first = shuffle(ids, random)[0]!;
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    const expected = rounds / ids.length;
    for (const id of ids) expect(Math.abs((firsts.get(id) ?? 0) - expected)).toBeLessThan(expected * 0.15);
  });
});
