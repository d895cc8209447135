import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  addWorkingDays,
  easterMonday,
  easterSunday,
  isHoliday,
  isWeekend,
  isWorkingDay,
  nextWorkingDayIfHoliday,
  workingDaysBetween,
} from "~/domain/working-days";

const MILANO = [{ month: 12, day: 7 }]; // Sant'Ambrogio

describe("Easter", () => {
  it.each([
    [2000, "2000-04-23"],
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"], // the latest possible date
    [2285, "2285-03-22"], // the earliest possible date
  ])("falls in %i on %s", (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });
  it("is followed by a Monday holiday, also across the month end", () => {
    expect(easterMonday(2024)).toBe("2024-04-01");
    expect(easterMonday(2026)).toBe("2026-04-06");
    expect(isHoliday("2024-04-01")).toBe(true);
    expect(isHoliday("2026-04-06")).toBe(true);
    // Easter Monday moves: 6 April is a holiday in 2026 but not in 2027.
    expect(isHoliday("2027-04-06")).toBe(false);
    expect(isHoliday("2027-03-29")).toBe(true);
  });
});

describe("holidays", () => {
  it.each([
    "2026-01-01",
    "2026-01-06",
    "2026-04-06",
    "2026-04-25",
    "2026-05-01",
    "2026-06-02",
    "2026-08-15",
    "2026-11-01",
    "2026-12-08",
    "2026-12-25",
    "2026-12-26",
  ])("%s is a national holiday", (date) => {
    expect(isHoliday(date)).toBe(true);
  });
  it.each(["2026-01-02", "2026-04-07", "2026-06-01", "2026-08-14", "2026-11-02", "2026-12-24", "2026-12-31"])(
    "%s is not a holiday",
    (date) => {
      expect(isHoliday(date)).toBe(false);
    },
  );
  it("adds the patron saint only for the comune that has it", () => {
    expect(isHoliday("2026-12-07")).toBe(false);
    expect(isWorkingDay("2026-12-07")).toBe(true);
    expect(isHoliday("2026-12-07", MILANO)).toBe(true);
    expect(isWorkingDay("2026-12-07", MILANO)).toBe(false);
    expect(isHoliday("2026-12-06", MILANO)).toBe(false);
  });
  it("treats weekends as non-working without calling them holidays", () => {
    expect(isWeekend("2026-03-07")).toBe(true); // Saturday
    expect(isWeekend("2026-03-08")).toBe(true); // Sunday
    expect(isWeekend("2026-03-09")).toBe(false);
    expect(isHoliday("2026-03-07")).toBe(false);
    expect(isWorkingDay("2026-03-07")).toBe(false);
    expect(isWorkingDay("2026-03-08")).toBe(false);
    expect(isWorkingDay("2026-03-06")).toBe(true);
    expect(isWorkingDay("2026-12-25")).toBe(false); // a Friday, but Christmas
  });
  it("refuses dates that do not exist", () => {
    expect(() => isHoliday("2026-02-30")).toThrow(RangeError);
    expect(() => isWorkingDay("2026-2-3")).toThrow(RangeError);
    expect(() => addWorkingDays("31/12/2026", 1)).toThrow(RangeError);
  });
});

describe("adding days", () => {
  it("adds calendar days across months, years and leap days", () => {
    expect(addCalendarDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addCalendarDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addCalendarDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addCalendarDays("2026-03-02", 30)).toBe("2026-04-01");
    expect(addCalendarDays("2026-03-01", -1)).toBe("2026-02-28");
  });
  it("skips the weekend", () => {
    expect(addWorkingDays("2026-03-06", 1)).toBe("2026-03-09"); // Friday -> Monday
    expect(addWorkingDays("2026-03-05", 3)).toBe("2026-03-10");
    expect(addWorkingDays("2026-03-07", 1)).toBe("2026-03-09"); // from a Saturday
    expect(addWorkingDays("2026-03-06", 0)).toBe("2026-03-06");
  });
  it("skips Christmas, Santo Stefano, New Year and Epiphany", () => {
    expect(addWorkingDays("2026-12-24", 1)).toBe("2026-12-28");
    expect(addWorkingDays("2026-12-24", 5)).toBe("2027-01-04");
    expect(addWorkingDays("2026-12-24", 7)).toBe("2027-01-07");
  });
  it("skips Easter Monday", () => {
    expect(addWorkingDays("2026-04-03", 1)).toBe("2026-04-07");
    expect(addWorkingDays("2027-03-26", 1)).toBe("2027-03-30");
  });
  it("skips the patron saint only when configured", () => {
    expect(addWorkingDays("2026-12-04", 1)).toBe("2026-12-07");
    // Sant'Ambrogio on Monday and the Immacolata on Tuesday make a long weekend in Milano.
    expect(addWorkingDays("2026-12-04", 1, MILANO)).toBe("2026-12-09");
  });
  it("goes backwards with a negative count", () => {
    expect(addWorkingDays("2026-04-07", -1)).toBe("2026-04-03");
    expect(addWorkingDays("2027-01-07", -7)).toBe("2026-12-24");
  });
  it("refuses fractional days", () => {
    expect(() => addWorkingDays("2026-03-02", 1.5)).toThrow(RangeError);
    expect(() => addCalendarDays("2026-03-02", 0.5)).toThrow(RangeError);
  });
});

describe("counting working days", () => {
  it("counts the days after the start up to and including the end", () => {
    expect(workingDaysBetween("2026-12-24", "2027-01-07")).toBe(7);
    expect(workingDaysBetween("2026-03-06", "2026-03-09")).toBe(1);
    expect(workingDaysBetween("2026-03-07", "2026-03-08")).toBe(0);
    expect(workingDaysBetween("2026-03-09", "2026-03-09")).toBe(0);
    expect(workingDaysBetween("2027-01-07", "2026-12-24")).toBe(-7);
    expect(workingDaysBetween("2026-12-04", "2026-12-11", MILANO)).toBe(3);
  });
  it("is the inverse of addWorkingDays", () => {
    for (const start of ["2026-03-02", "2026-04-03", "2026-12-20", "2027-03-26"]) {
      for (const n of [1, 5, 30, 60]) expect(workingDaysBetween(start, addWorkingDays(start, n, MILANO), MILANO)).toBe(n);
    }
  });
});

describe("a deadline falling on a holiday", () => {
  it("moves from a Sunday to Monday", () => {
    expect(nextWorkingDayIfHoliday("2026-03-08")).toBe("2026-03-09");
  });
  it("moves from a Saturday to Monday too", () => {
    expect(nextWorkingDayIfHoliday("2026-03-07")).toBe("2026-03-09");
  });
  it("moves past a chain of holidays", () => {
    expect(nextWorkingDayIfHoliday("2026-12-25")).toBe("2026-12-28");
    expect(nextWorkingDayIfHoliday("2026-04-05")).toBe("2026-04-07"); // Easter Sunday, then Monday
    expect(nextWorkingDayIfHoliday("2026-12-06", MILANO)).toBe("2026-12-09");
    expect(nextWorkingDayIfHoliday("2026-12-06")).toBe("2026-12-07");
  });
  it("stays on a working day", () => {
    expect(nextWorkingDayIfHoliday("2026-03-10")).toBe("2026-03-10");
  });
});
