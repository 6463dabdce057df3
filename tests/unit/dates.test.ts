import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  endOfMonth,
  isoDateSchema,
  isoOf,
  monthsBetween,
  todayIso,
} from "@/lib/dates";

describe("lib/dates: calendar arithmetic on ISO dates, in UTC", () => {
  it("adds days across months and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
  });

  it("adds months and years, clamping to the month's end", () => {
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2020-06-15", 1.5)).toBe("2021-12-15");
  });

  it("finds the last day of a month", () => {
    expect(endOfMonth("2026-02-10")).toBe("2026-02-28");
    expect(endOfMonth("2028-02-01")).toBe("2028-02-29");
    expect(endOfMonth("2026-12-31")).toBe("2026-12-31");
  });

  it("counts days and months between dates", () => {
    expect(daysBetween("2024-10-01", "2024-11-15")).toBe(45);
    expect(daysBetween("2024-11-15", "2024-10-01")).toBe(-45);
    expect(monthsBetween("2025-03-01", "2026-03-01")).toBe(12);
  });

  it("reads a Date as its UTC day", () => {
    expect(isoOf(new Date("2026-12-01T23:59:59Z"))).toBe("2026-12-01");
    expect(todayIso(new Date("2026-01-02T00:00:00Z"))).toBe("2026-01-02");
  });
});

describe("isoDateSchema: the one date check at the boundary", () => {
  it("accepts real dates, trimmed", () => {
    expect(isoDateSchema.parse(" 2024-02-29 ")).toBe("2024-02-29");
  });

  it.each([
    ["2023-02-29", "This is not a real date."],
    ["03/14/2025", "Enter a date as YYYY-MM-DD."],
    ["1850-01-01", "Enter a date between 1900 and 2199."],
  ])("refuses %s with a message saying what to fix", (input, message) => {
    const parsed = isoDateSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(message);
  });
});
