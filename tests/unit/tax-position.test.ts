/**
 * Instalments against payments, and what a late instalment costs under ravvedimento operoso
 * (app/domain/tax-position.ts). Figures worked by hand in the comments.
 */
import { describe, expect, it } from "vitest";
import { balanceOf, lateChargesOf } from "~/domain/tax-position";

const INSTALMENTS = [
  { key: "acconto", due: "2026-06-16", amount: 10000n },
  { key: "saldo", due: "2026-12-16", amount: 10000n },
];

describe("balanceOf", () => {
  it("settles the oldest instalment first and lists the late open parts", () => {
    const b = balanceOf(INSTALMENTS, 4000n, "2026-06-26");
    expect(b).toMatchObject({ status: "late", balance: 16000n, late: 6000n, next: { key: "acconto", amount: 6000n } });
    expect(b.lateInstalments).toEqual([{ key: "acconto", due: "2026-06-16", amount: 6000n }]);
  });

  it("the due day itself is not late", () => {
    expect(balanceOf(INSTALMENTS, 0n, "2026-06-16").lateInstalments).toEqual([]);
  });

  it("an overpayment closes everything and leaves nothing late", () => {
    const b = balanceOf(INSTALMENTS, 25000n, "2027-01-10");
    expect(b).toMatchObject({ status: "overpaid", late: 0n, next: null, lateInstalments: [] });
  });
});

describe("lateChargesOf", () => {
  it("10 days late in the daily band, new regime", () => {
    // 60.00 open, due 16/06/2026, paid 26/06/2026: 10 days × 12.5 % / 150 = 0.8333 % → 0.50;
    // interest 60 × 1.6 % × 10/365 = 0.0263 → 0.03; total 60.53.
    const [c] = lateChargesOf(balanceOf(INSTALMENTS, 4000n, "2026-06-26"), 2026, "2026-06-26");
    expect(c!.ravvedimento).toMatchObject({ days: 10, band: "daily", sanction: 50n, interest: 3n, total: 6053n });
  });

  it("within the declaration deadline of the year (30 June of the next year): an eighth of 25 %", () => {
    // 100.00 due 16/12/2026 paid 15/06/2027: 181 days, before 30/06/2027 → 3.125 % = 3.13;
    // interest: 15 days of 2026 at 1.6 % = 0.0657…; 2027 has no legal rate in the table yet → no figure.
    const late = balanceOf(INSTALMENTS, 10000n, "2027-06-15");
    const [c] = lateChargesOf(late, 2026, "2027-06-15");
    expect(c!.instalment.key).toBe("saldo");
    expect(c!.ravvedimento).toBeNull();
  });

  it("a violation before 1 September 2024 keeps the old rates: 31–90 days is a ninth of 15 %", () => {
    // 100.00 due 16/06/2024 paid 16/08/2024: 61 days → 1.6667 % = 1.67; interest 100 × 2.5 % × 61/365 = 0.4178 → 0.42.
    const b = balanceOf([{ key: "acconto", due: "2024-06-16", amount: 10000n }], 0n, "2024-08-16");
    const [c] = lateChargesOf(b, 2024, "2024-08-16");
    expect(c!.ravvedimento).toMatchObject({ days: 61, regime: "before_2024_09", band: "within_90", sanction: 167n, interest: 42n, total: 10209n });
  });
});
