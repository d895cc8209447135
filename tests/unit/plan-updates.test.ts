import { describe, expect, it } from "vitest";
import { mayDecide, parseEvidenceUrl, parseMeasuredValue, validateStatusChange, validateUpdate } from "~/domain/plan-updates";

describe("a measured value as typed", () => {
  it("keeps the digits exactly, with a comma or a dot, in canonical decimal text", () => {
    expect(parseMeasuredValue("400")).toBe("400");
    expect(parseMeasuredValue(" 0,50 ")).toBe("0.5");
    expect(parseMeasuredValue("12.345")).toBe("12.345");
    expect(parseMeasuredValue("0007,10")).toBe("7.1");
    expect(parseMeasuredValue("-2,5")).toBe("-2.5");
    expect(parseMeasuredValue("-0,0")).toBe("0");
    // 0.1 + 0.2 in floats is 0.30000000000000004: the text is never turned into a float.
    expect(parseMeasuredValue("0,300000")).toBe("0.3");
    expect(parseMeasuredValue("123456789012,123456")).toBe("123456789012.123456");
  });
  it("refuses thousands separators, letters, exponents and too many digits", () => {
    for (const bad of ["1.234,5", "1,234.5", "1e3", "abc", "", ",5", "5,", "1234567890123", "1,1234567", "Infinity"]) expect(parseMeasuredValue(bad), bad).toBeNull();
  });
});

describe("an evidence link", () => {
  it("is an https address with a host name", () => {
    expect(parseEvidenceUrl(" https://www.comune.seregno.mb.it/a.pdf ")).toBe("https://www.comune.seregno.mb.it/a.pdf");
    for (const bad of ["http://www.example.org", "javascript:alert(1)", "https://localhost/x", "www.example.org", "ftp://x.org/a"]) expect(parseEvidenceUrl(bad), bad).toBeNull();
  });
});

describe("a new measurement", () => {
  const base = { value: "1", measuredOn: "31/12/2024", comment: "", evidenceUrl: "https://a.example.org/x", hasFile: false };
  it("takes only 1 or 0 for a milestone", () => {
    expect(validateUpdate({ ...base, value: "2" }, "milestone", "2026-11-27")).toEqual({ ok: false, errors: { value: "value_not_done" } });
    expect(validateUpdate(base, "milestone", "2026-11-27")).toEqual({ ok: true, update: { value: "1", measuredOn: "2024-12-31", comment: "", evidenceUrl: "https://a.example.org/x" } });
  });
  it("accepts today but not tomorrow, and needs a link or a file", () => {
    expect(validateUpdate({ ...base, measuredOn: "27/11/2026" }, "quantity", "2026-11-27").ok).toBe(true);
    expect(validateUpdate({ ...base, measuredOn: "28/11/2026" }, "quantity", "2026-11-27")).toEqual({ ok: false, errors: { measuredOn: "date_future" } });
    expect(validateUpdate({ ...base, evidenceUrl: "" }, "quantity", "2026-11-27")).toEqual({ ok: false, errors: { evidenceUrl: "evidence_required" } });
    expect(validateUpdate({ ...base, evidenceUrl: "", hasFile: true }, "quantity", "2026-11-27")).toMatchObject({ ok: true, update: { evidenceUrl: null } });
    expect(validateUpdate({ ...base, measuredOn: "31/02/2026" }, "quantity", "2026-11-27")).toEqual({ ok: false, errors: { measuredOn: "date_invalid" } });
  });
});

describe("who decides", () => {
  it("is never the recorder, and only a submitted update", () => {
    expect(mayDecide({ recorded_by: 3, state: "submitted" }, 3)).toBe("self_decision");
    expect(mayDecide({ recorded_by: 3, state: "submitted" }, 4)).toBeNull();
    expect(mayDecide({ recorded_by: 3, state: "approved" }, 4)).toBe("not_submitted");
  });
  it("a status change needs a known status and a reason", () => {
    expect(validateStatusChange("late", " Ritardo ")).toEqual({ ok: true, status: "late", reason: "Ritardo" });
    expect(validateStatusChange("finished", "")).toEqual({ ok: false, errors: { status: "status_invalid", reason: "reason_required" } });
  });
});
