/**
 * pagoPA notice numbers (aux digit 3) and the QR payload. The check digits were computed apart (with
 * Python's integers: int("3010000000000001") % 93 = 44, …), not with the code under test.
 */
import { describe, expect, it } from "vitest";
import { checkDigits, isValidNotice, iuvOf, noticeNumber, printedNotice, qrPayload } from "~/domain/pagopa";

describe("pagoPA notice numbers", () => {
  it("are 3 + segregation + 13-digit base + (those 16 digits mod 93)", () => {
    expect(noticeNumber("01", 1)).toBe("301000000000000144");
    expect(noticeNumber("01", 4242)).toBe("301000000000424207");
    expect(checkDigits("3", "85", "1234567890123")).toBe("28");
    expect(noticeNumber("85", 1234567890123n)).toBe("385123456789012328");
  });
  it("have an IUV of 17 digits, print in groups of four, and are checked", () => {
    const n = noticeNumber("01", 4242);
    expect(iuvOf(n)).toBe("01000000000424207");
    expect(printedNotice(n)).toBe("3010 0000 0000 4242 07");
    expect(printedNotice(n)).toHaveLength(22);
    expect(isValidNotice(n)).toBe(true);
    expect(isValidNotice("301000000000424208")).toBe(false);
    expect(isValidNotice("001000000000424207")).toBe(false);
  });
  it("refuse a bad segregation code or a base over 13 digits", () => {
    expect(() => noticeNumber("1", 1)).toThrow();
    expect(() => noticeNumber("01", 10_000_000_000_000n)).toThrow();
  });
  it("give the QR payload of the notice spec v3", () => {
    expect(qrPayload("301000000000424207", "00698490968", 69100n)).toBe("PAGOPA|002|301000000000424207|00698490968|69100");
  });
});
