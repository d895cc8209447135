import { describe, expect, it } from "vitest";
import {
  addMinutes,
  type Availability,
  bookableMonths,
  type CalendarRule,
  daysOfMonth,
  findFreeSlot,
  firstMissingStep,
  freeDaysOfMonth,
  freeSlots,
  OTHER_REASON,
  reminderInstant,
  romeInstant,
  romeMoment,
  slotsOfDay,
  stepDone,
  validateApplicant,
  validateDetails,
  validateRule,
  weekdayOf,
} from "~/domain/appointments";

/** Monday to Friday 09:00–12:30 and Thursday 14:30–16:00, 20-minute slots. */
const RULES: CalendarRule[] = [
  ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "09:00", closes: "12:30", slotMinutes: 20, validFrom: "2026-01-01", validUntil: null })),
  { weekday: 4, opens: "14:30", closes: "16:00", slotMinutes: 20, validFrom: "2026-01-01", validUntil: null },
];
const open = (over: Partial<Availability> = {}): Availability => ({ rules: RULES, closures: [], booked: [], ...over });
/** Monday 30 November 2026, 08:00 in Seregno. */
const NOW = "2026-11-30T08:00";

describe("calendar arithmetic", () => {
  it("knows the ISO weekday", () => {
    expect(weekdayOf("2026-11-30")).toBe(1); // Monday
    expect(weekdayOf("2026-12-03")).toBe(4); // Thursday
    expect(weekdayOf("2026-12-06")).toBe(7); // Sunday
    expect(weekdayOf("1970-01-01")).toBe(4);
  });

  it("adds minutes across midnight and month ends", () => {
    expect(addMinutes("2026-11-30T23:50", 20)).toBe("2026-12-01T00:10");
    expect(addMinutes("2026-12-31T12:00", 24 * 60)).toBe("2027-01-01T12:00");
    expect(addMinutes("2026-03-01T00:10", -20)).toBe("2026-02-28T23:50");
  });

  it("lists the days of a month, leap years included", () => {
    expect(daysOfMonth("2028-02")).toHaveLength(29);
    expect(daysOfMonth("2026-02").at(-1)).toBe("2026-02-28");
    expect(() => daysOfMonth("2026-13")).toThrow();
  });
});

describe("slots of a day", () => {
  it("cuts each period into slots that end by closing time", () => {
    const monday = slotsOfDay("2026-11-30", RULES);
    // 09:00 … 12:00 starts (the 12:20 slot would end at 12:40, after 12:30).
    expect(monday.map((s) => s.startsAt.slice(11))).toEqual(["09:00", "09:20", "09:40", "10:00", "10:20", "10:40", "11:00", "11:20", "11:40", "12:00"]);
    expect(monday[0]).toEqual({ startsAt: "2026-11-30T09:00", endsAt: "2026-11-30T09:20" });
    expect(slotsOfDay("2026-12-03", RULES)).toHaveLength(10 + 4);
  });

  it("has none on weekends without hours, public holidays, Easter Monday and closures", () => {
    expect(slotsOfDay("2026-12-05", RULES)).toEqual([]); // Saturday
    expect(slotsOfDay("2026-12-08", RULES)).toEqual([]); // Immacolata, a Tuesday
    expect(slotsOfDay("2027-03-29", RULES)).toEqual([]); // Easter Monday 2027
    expect(slotsOfDay("2026-12-09", RULES, ["2026-12-09"])).toEqual([]);
    expect(slotsOfDay("2026-12-07", RULES, [], [{ month: 12, day: 7 }])).toEqual([]); // a patron saint
    expect(slotsOfDay("2026-12-07", RULES)).toHaveLength(10);
  });

  it("respects the validity of each period", () => {
    const rules: CalendarRule[] = [
      { weekday: 1, opens: "09:00", closes: "10:00", slotMinutes: 30, validFrom: "2026-12-01", validUntil: "2026-12-31" },
      { weekday: 1, opens: "09:00", closes: "10:00", slotMinutes: 15, validFrom: "2027-01-01", validUntil: null },
    ];
    expect(slotsOfDay("2026-11-30", rules)).toEqual([]);
    expect(slotsOfDay("2026-12-07", rules)).toHaveLength(2);
    expect(slotsOfDay("2027-01-04", rules)).toHaveLength(4);
  });
});

describe("free slots", () => {
  it("leaves out the booked ones, and any slot a booking of another length overlaps", () => {
    const booked = [
      { startsAt: "2026-12-01T09:20", endsAt: "2026-12-01T09:40" },
      // Booked when slots were 30 minutes long: it covers 10:00–10:30, so 10:00 and 10:20 are taken.
      { startsAt: "2026-12-01T10:00", endsAt: "2026-12-01T10:30" },
    ];
    const free = freeSlots("2026-12-01", open({ booked }), NOW).map((s) => s.startsAt.slice(11));
    expect(free).not.toContain("09:20");
    expect(free).not.toContain("10:00");
    expect(free).not.toContain("10:20");
    expect(free).toContain("09:40");
    expect(free).toContain("10:40");
    expect(free).toHaveLength(7);
  });

  it("never offers the past, nor a slot sooner than two hours from now", () => {
    // Monday at 09:50: the first slot that may be booked starts at 11:50 or later.
    const free = freeSlots("2026-11-30", open(), "2026-11-30T09:50").map((s) => s.startsAt.slice(11));
    expect(free).toEqual(["12:00"]);
    expect(freeSlots("2026-11-27", open(), NOW)).toEqual([]);
  });

  it("stops at the horizon of 60 days", () => {
    expect(freeSlots("2027-01-29", open(), NOW)).toHaveLength(10); // day 60, a Friday
    expect(freeSlots("2027-02-01", open(), NOW)).toEqual([]); // day 63, a Monday
  });

  it("finds a free slot by its start, and nothing for a taken, closed or malformed one", () => {
    expect(findFreeSlot("2026-12-01T09:00", open(), NOW)).toEqual({ startsAt: "2026-12-01T09:00", endsAt: "2026-12-01T09:20" });
    expect(findFreeSlot("2026-12-01T09:10", open(), NOW)).toBeNull();
    expect(findFreeSlot("2026-12-01T09:00", open({ booked: [{ startsAt: "2026-12-01T09:00", endsAt: "2026-12-01T09:20" }] }), NOW)).toBeNull();
    expect(findFreeSlot("2026-12-01T09:00", open({ closures: ["2026-12-01"] }), NOW)).toBeNull();
    expect(findFreeSlot("2026-02-30T09:00", open(), NOW)).toBeNull();
    expect(findFreeSlot("nonsense", open(), NOW)).toBeNull();
  });

  it("lists the days of a month with a free slot", () => {
    const fullDay = slotsOfDay("2026-12-02", RULES);
    const days = freeDaysOfMonth("2026-12", open({ closures: ["2026-12-24"], booked: fullDay }), NOW);
    expect(days).not.toContain("2026-12-02"); // fully booked
    expect(days).not.toContain("2026-12-08"); // holiday
    expect(days).not.toContain("2026-12-24"); // closure
    expect(days).not.toContain("2026-12-25");
    expect(days).not.toContain("2026-12-26");
    expect(days).not.toContain("2026-12-05"); // Saturday
    expect(days).toContain("2026-12-01");
    expect(days).toContain("2026-12-31");
    expect(days.every((d) => weekdayOf(d) <= 5)).toBe(true);
    expect(bookableMonths(NOW)).toEqual(["2026-11", "2026-12", "2027-01"]);
  });
});

describe("Italian time", () => {
  it("reads the wall clock of Rome in winter and in summer", () => {
    expect(romeMoment(new Date("2026-11-30T07:00:00Z"))).toBe("2026-11-30T08:00");
    expect(romeMoment(new Date("2026-07-01T07:00:00Z"))).toBe("2026-07-01T09:00");
    expect(romeInstant("2026-12-01T09:00").toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(romeInstant("2026-07-01T09:00").toISOString()).toBe("2026-07-01T07:00:00.000Z");
  });

  it("sends the reminder at 09:00 of the day before, Italian time, unless that is already past", () => {
    const now = new Date("2026-11-30T07:00:00Z");
    expect(reminderInstant("2026-12-03T10:00", now)?.toISOString()).toBe("2026-12-02T08:00:00.000Z");
    // The clocks go forward in the night of Sunday 28 March 2027: 09:00 that morning is already summer time.
    expect(reminderInstant("2027-03-29T10:00", now)?.toISOString()).toBe("2027-03-28T07:00:00.000Z");
    // Booked on Monday afternoon for Tuesday: Monday 09:00 has passed.
    expect(reminderInstant("2026-12-01T10:00", new Date("2026-11-30T14:00:00Z"))).toBeNull();
  });
});

describe("the booking flow", () => {
  it("sends a person who skips ahead back to the first step not answered", () => {
    expect(firstMissingStep("riepilogo", {})).toBe("ufficio");
    expect(firstMissingStep("orario", { officeId: 1, reason: "4" })).toBe("giorno");
    expect(firstMissingStep("orario", { officeId: 1, reason: "4", day: "2026-12-01" })).toBe("orario");
    const complete = { officeId: 1, reason: "4", day: "2026-12-01", startsAt: "2026-12-01T09:00", details: "", givenName: "Anna", familyName: "Bianchi", email: "a@b.it" };
    expect(firstMissingStep("riepilogo", complete)).toBe("riepilogo");
    // "Altro" chosen after the details were left empty: the details are asked again.
    expect(firstMissingStep("riepilogo", { ...complete, reason: OTHER_REASON })).toBe("dettagli");
    expect(stepDone("riepilogo", complete)).toBe(false);
  });

  it("asks words for 'Altro' and caps their length", () => {
    expect(validateDetails("", "4")).toEqual({});
    expect(validateDetails("  ", OTHER_REASON)).toEqual({ details: "errors.detailsRequired" });
    expect(validateDetails("Una domanda sulla mia pratica", OTHER_REASON)).toEqual({});
    expect(validateDetails("x".repeat(1001), "4")).toEqual({ details: "errors.detailsTooLong" });
  });

  it("checks the applicant's name, e-mail and optional phone", () => {
    expect(validateApplicant({ givenName: "", familyName: " ", email: "", phone: "" })).toEqual({
      givenName: "errors.givenNameRequired",
      familyName: "errors.familyNameRequired",
      email: "errors.emailRequired",
    });
    expect(validateApplicant({ givenName: "Anna", familyName: "Bianchi", email: "anna@", phone: "abc" })).toEqual({ email: "errors.emailInvalid", phone: "errors.phoneInvalid" });
    expect(validateApplicant({ givenName: "Anna", familyName: "Bianchi", email: "anna.bianchi@example.org", phone: "+39 0362 123456" })).toEqual({});
  });
});

describe("staff: a new opening period", () => {
  const input = { weekday: "2", opens: "14:00", closes: "16:00", slotMinutes: "30", validFrom: "" };

  it("accepts a well-formed period", () => {
    expect(validateRule(input, RULES)).toEqual({ ok: true, rule: { weekday: 2, opens: "14:00", closes: "16:00", slotMinutes: 30 } });
  });

  it("refuses bad times, a closing before opening, a slot longer than the period and overlaps", () => {
    expect(validateRule({ ...input, weekday: "8", opens: "9", closes: "25:00", slotMinutes: "0" }, [])).toEqual({
      ok: false,
      errors: { weekday: "errors.weekdayRequired", opens: "errors.timeInvalid", closes: "errors.timeInvalid", slotMinutes: "errors.slotMinutesInvalid" },
    });
    expect(validateRule({ ...input, closes: "13:00" }, [])).toEqual({ ok: false, errors: { closes: "errors.closesBeforeOpens" } });
    expect(validateRule({ ...input, closes: "14:20" }, [])).toEqual({ ok: false, errors: { slotMinutes: "errors.slotLongerThanPeriod" } });
    expect(validateRule({ ...input, opens: "12:00" }, RULES)).toEqual({ ok: false, errors: { opens: "errors.ruleOverlaps" } });
    // The same hours on another weekday do not overlap.
    expect(validateRule({ ...input, weekday: "6", opens: "09:00", closes: "12:00" }, RULES).ok).toBe(true);
  });
});
