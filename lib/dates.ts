import { z } from "zod";

// The one home of calendar arithmetic and of the ISO date (YYYY-MM-DD) at the boundary. Dates travel through the
// app as ISO strings and are computed in UTC, so no time zone moves a deadline by a day. Pure.

const DAY_MS = 86_400_000;

const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const fromTime = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A Date (a database column, "now") as its UTC calendar day. */
export const isoOf = (date: Date): string => date.toISOString().slice(0, 10);

/** A nullable Date column as an ISO date or null. */
export const isoOrNull = (date: Date | null): string | null => (date ? isoOf(date) : null);

/** Today's date (UTC) as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return isoOf(now);
}

export function addDays(iso: string, days: number): string {
  return fromTime(toTime(iso) + days * DAY_MS);
}

/** The same day `months` later, clamped to the month's end (31 Jan + 1 month → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return fromTime(first.getTime());
}

/** The date `years` after an ISO date, to the nearest month (plans are not precise to the day). */
export function addYears(iso: string, years: number): string {
  return addMonths(iso, Math.round(years * 12));
}

/** The last day of the date's month (HIMSS certifications expire then). */
export function endOfMonth(iso: string): string {
  return addDays(addMonths(`${iso.slice(0, 7)}-01`, 1), -1);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/** Whole and part months from `from` to `to`, for pro-rating. */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split("-").map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) + (d2 - d1) / 30;
}

/** Years from `from` to `to`, as a decimal. */
export function yearsBetween(from: string, to: string): number {
  return (toTime(to) - toTime(from)) / (365.25 * DAY_MS);
}

const isRealDate = (d: string) => {
  const t = toTime(d);
  return !Number.isNaN(t) && fromTime(t) === d; // 2020-02-30 is not a date
};

/** An ISO calendar date at any boundary (forms, JSON, query strings, CSV rows). */
export const isoDateSchema = z
  .string({ error: "Enter a date as YYYY-MM-DD." })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date as YYYY-MM-DD.")
  .refine(isRealDate, "This is not a real date.")
  .refine((d) => d >= "1900-01-01" && d <= "2199-12-31", "Enter a date between 1900 and 2199.");
