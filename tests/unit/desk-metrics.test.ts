/**
 * The desk's own indicators from plain rows, with cases worked by hand.
 */
import { describe, expect, it } from "vitest";
import { DESK_METRICS } from "#db/seed/data/piao";
import { parseDayInput } from "~/domain/dates";
import { checkCounterForm, computeDeskMetrics, DESK_METRIC_KEYS, daysBetween, type DeskMetricInputs, onlinePerServiceMonth, processingTime } from "~/domain/desk-metrics";

const empty: DeskMetricInputs = { today: "2026-11-27", online: [], counter: [], concluded: [], ratings: [], paidOn: [], accessibility: null };
const valueOf = (input: DeskMetricInputs, key: string) => computeDeskMetrics(input).find((m) => m.key === key)!;

describe("desk metrics", () => {
  it("covers exactly the metric keys of the plan's seed", () => {
    expect([...DESK_METRIC_KEYS].sort()).toEqual(Object.keys(DESK_METRICS).sort());
    expect(computeDeskMetrics(empty).map((m) => m.key)).toEqual(DESK_METRIC_KEYS);
  });

  it("counts online applications per service and month", () => {
    const online = [
      { service: "tari-iscrizione", submittedOn: "2026-11-02" },
      { service: "tari-iscrizione", submittedOn: "2026-11-30" },
      { service: "cie", submittedOn: "2026-11-15" },
      { service: "tari-iscrizione", submittedOn: "2026-10-31" },
    ];
    expect(onlinePerServiceMonth(online)).toEqual([
      { service: "tari-iscrizione", month: "2026-10", count: 1 },
      { service: "cie", month: "2026-11", count: 1 },
      { service: "tari-iscrizione", month: "2026-11", count: 2 },
    ]);
    // The indicator is this month's total (3 in November); the breakdown goes in the comment.
    const m = valueOf({ ...empty, online }, "online-applications-per-service-month");
    expect(m.value).toBe("3");
    expect(m.detail.it).toContain("cie: 1; tari-iscrizione: 2");
    expect(valueOf(empty, "online-applications-per-service-month").value).toBe("0");
  });

  it("shares online against counter submissions in the measurement's year", () => {
    // 2 online in 2026 (one in 2025 ignored), 1 at the counter in 2026: 2/3 = 66.666… → 66.67 %.
    const input = {
      ...empty,
      online: [
        { service: "a", submittedOn: "2026-01-10" },
        { service: "a", submittedOn: "2026-11-10" },
        { service: "a", submittedOn: "2025-12-31" },
      ],
      counter: [{ service: "a", receivedOn: "2026-03-01" }, { service: "a", receivedOn: "2025-03-01" }],
    };
    expect(valueOf(input, "online-vs-counter-share").value).toBe("66.67");
    expect(valueOf({ ...input, counter: [] }, "online-vs-counter-share").value).toBe("100.00");
    expect(valueOf(empty, "online-vs-counter-share").value).toBeNull();
  });

  it("counts applications an operator filled with the citizen on the counter side, not as online", () => {
    // 2 online, 1 recorded at the counter, 1 assisted in 2026 (one assisted in 2025 ignored): 2/4 = 50 %.
    const input = {
      ...empty,
      online: [
        { service: "a", submittedOn: "2026-01-10" },
        { service: "a", submittedOn: "2026-11-10" },
      ],
      counter: [{ service: "a", receivedOn: "2026-03-01" }],
      assisted: [{ service: "a", submittedOn: "2026-11-20" }, { service: "a", submittedOn: "2025-11-20" }],
    };
    const share = valueOf(input, "online-vs-counter-share");
    expect(share.value).toBe("50.00");
    expect(share.detail.it).toContain("da un operatore con il cittadino 1");
    // The monthly count of online applications leaves the assisted one out.
    expect(valueOf(input, "online-applications-per-service-month").value).toBe("1");
  });

  it("measures processing time against the legal term", () => {
    expect(daysBetween("2026-02-27", "2026-03-01")).toBe(2);
    // A: 10 days of a 30-day term (on time); B: 40 of 30 (late); C: 5 days, no term.
    // Average days (10+40+5)/3 = 18.333… → 18.33; with a term 50/60 = 83.333…% → 83.33; on time 1/2 = 50 %.
    const concluded = [
      { submittedOn: "2026-01-01", concludedOn: "2026-01-11", dueOn: "2026-01-31" },
      { submittedOn: "2026-02-01", concludedOn: "2026-03-13", dueOn: "2026-03-03" },
      { submittedOn: "2026-04-01", concludedOn: "2026-04-06", dueOn: null },
    ];
    expect(processingTime(concluded)).toEqual({ count: 3, averageDays: "18.33", percentOfDeadline: "83.33", withinDeadline: "50.00", withTerm: 2 });
    const m = valueOf({ ...empty, concluded }, "processing-time-vs-deadline");
    expect(m.value).toBe("83.33");
    expect(m.detail.it).toBe("Anno 2026: istanze decise 3; durata media 18.33 giorni di calendario; istanze con termine 2, concluse entro il termine 50.00%.");
    // Concluded on the due day counts as on time.
    expect(processingTime([{ submittedOn: "2026-01-01", concludedOn: "2026-01-31", dueOn: "2026-01-31" }]).withinDeadline).toBe("100.00");
    expect(valueOf(empty, "processing-time-vs-deadline").value).toBeNull();
  });

  it("averages the ratings of the year", () => {
    // (5 + 4 + 4) / 3 = 4.333… → 4.33; the 2025 rating is not counted.
    const ratings = [
      { rating: 5, ratedOn: "2026-05-01" },
      { rating: 4, ratedOn: "2026-06-01" },
      { rating: 4, ratedOn: "2026-07-01" },
      { rating: 1, ratedOn: "2025-07-01" },
    ];
    expect(valueOf({ ...empty, ratings }, "citizen-satisfaction").value).toBe("4.33");
    expect(valueOf({ ...empty, ratings: [{ rating: 3, ratedOn: "2026-01-01" }, { rating: 4, ratedOn: "2026-01-02" }] }, "citizen-satisfaction").value).toBe("3.50");
    expect(valueOf(empty, "citizen-satisfaction").value).toBeNull();
  });

  it("counts the pagoPA payments of the year", () => {
    expect(valueOf({ ...empty, paidOn: ["2026-01-01", "2026-12-31", "2025-12-31"] }, "pagopa-payments").value).toBe("2");
    expect(valueOf(empty, "pagopa-payments").value).toBe("0");
  });

  it("reports the last accessibility check, or no check", () => {
    const m = valueOf({ ...empty, accessibility: { checkedOn: "2026-11-20", states: 42, violations: 3 } }, "accessibility-check");
    expect(m).toMatchObject({ value: "3", measuredOn: "2026-11-20" });
    expect(m.detail.en).toBe("Automated check (axe-core) of 2026-11-20: page states checked 42, violations 3.");
    const none = valueOf(empty, "accessibility-check");
    expect(none.value).toBeNull();
    expect(none.detail.en).toBe("No check recorded.");
  });
});

describe("a counter submission as an operator types it", () => {
  const ctx = { today: "2026-11-27", services: ["tari-iscrizione", "cie"], parseDay: parseDayInput };
  it("accepts an Italian date, a channel and an optional protocol number", () => {
    expect(checkCounterForm({ service: "cie", receivedOn: "27/11/2026", channel: "pec", protocol: " 2026/123 " }, ctx)).toEqual({
      ok: true,
      value: { service: "cie", receivedOn: "2026-11-27", channel: "pec", protocolNumber: "2026/123" },
    });
    expect(checkCounterForm({ service: "cie", receivedOn: "2026-01-05", channel: "counter", protocol: "" }, ctx)).toMatchObject({ ok: true, value: { protocolNumber: null } });
  });
  it("names every wrong field", () => {
    expect(checkCounterForm({ service: "", receivedOn: "", channel: "", protocol: "" }, ctx)).toEqual({
      ok: false,
      errors: { service: "service_missing", receivedOn: "date_missing", channel: "channel_missing" },
    });
    expect(checkCounterForm({ service: "altro", receivedOn: "31/02/2026", channel: "fax", protocol: "<x>" }, ctx)).toEqual({
      ok: false,
      errors: { service: "service_unknown", receivedOn: "date_invalid", channel: "channel_missing", protocol: "protocol_invalid" },
    });
    expect(checkCounterForm({ service: "cie", receivedOn: "28/11/2026", channel: "phone", protocol: "" }, ctx)).toEqual({ ok: false, errors: { receivedOn: "date_future" } });
  });
});
