/** The date `years` after an ISO date, to the nearest month (plans are not precise to the day). */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const months = Math.round(years * 12);
  const date = new Date(Date.UTC(y, m - 1 + months, 1));
  // Keep the day of month where it exists (31 Jan + 1 month → 28/29 Feb).
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(d, lastDay));
  return date.toISOString().slice(0, 10);
}

/** Years from `from` to `to` (ISO dates), as a decimal. */
export function yearsBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (365.25 * 24 * 3600 * 1000);
}

export const round1 = (n: number) => Math.round(n * 10) / 10;

/** Today's date (UTC) as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
