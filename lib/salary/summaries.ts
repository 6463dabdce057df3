import { formatUsd, formatUsdOrDash as usd } from "@/lib/format";
import type { Projection } from "@/lib/salary/types";

// The sentence beneath each pay chart. It is also the chart's accessible name, so it has to carry what the picture
// shows: the figures at both ends, the steps, and whether (and when) the plan pays for itself. Pure.

export type NamedProjection = { name: string; projection: Projection };

/** The band chart of one plan: the role and median at both ends, the person's own pay, and when each step begins. */
export function bandSummary(projection: Projection, thisYear: number): string {
  const first = projection.years[0];
  const last = projection.years.at(-1);
  if (!first || !last) return "No years to show.";
  const ends =
    `${first.title} ${usd(first.median)} median in ${first.calendarYear}, ` +
    `${last.title} ${usd(last.median)} median in ${last.calendarYear}`;
  const steps = projection.markers.map((m) => `${m.title} in ${thisYear + Math.floor(m.year)}`);
  return (
    `Expected pay from ${first.calendarYear} to ${last.calendarYear}: ${ends}; ` +
    `your expected pay ${usd(first.pay)} then ${usd(last.pay)}.` +
    (steps.length ? ` Steps begin: ${steps.join("; ")}.` : "")
  );
}

/** The cumulative chart of one plan: when it catches up with staying put and by how much, or why it cannot say. */
export function cumulativeSummary(projection: Projection, thisYear: number): string {
  const last = projection.cumulative.at(-1);
  const gap = last && last.plan !== null && last.stay !== null ? Math.round(last.plan - last.stay) : null;
  if (projection.breakEvenYear !== null) {
    const lead = last && gap !== null ? `: ${usd(gap)} ahead by the end of ${thisYear + last.year}` : "";
    return (
      "The plan's cumulative earnings, less costs, catch up with staying put in " +
      `${thisYear + projection.breakEvenYear} and stay ahead${lead}.`
    );
  }
  if (gap === null)
    return "Cumulative earnings cannot be compared: a pay figure or your salary is missing (see below).";
  return `Within ${projection.cumulative.length} years the plan does not catch up with staying put.`;
}

/** Several plans' expected pay in the last year shown (`end`, a calendar year). */
export function comparePaySummary(plans: NamedProjection[], end: number): string {
  const each = plans.map((p) => `${p.name} ${usd(p.projection.years.at(-1)?.pay)} in ${end}`);
  return `Expected pay on each plan to ${end}: ${each.join("; ")}.`;
}

/**
 * Several plans' cumulative earnings by `end`, each with the year it gets ahead of staying put. Staying put is
 * named only when every plan starts from the same role (`sameStart`); otherwise the sentence says why it is not.
 */
export function compareCumulativeSummary(
  plans: NamedProjection[],
  end: number,
  thisYear: number,
  sameStart: boolean,
): string {
  const each = plans.map(({ name, projection: p }) => {
    const ahead = p.breakEvenYear !== null ? ` (ahead of staying put from ${thisYear + p.breakEvenYear})` : "";
    return `${name} ${usd(p.cumulative.at(-1)?.plan)}${ahead}`;
  });
  const stay = sameStart
    ? `; staying put ${usd(plans[0]?.projection.cumulative.at(-1)?.stay)}`
    : " (the plans start from different roles, so staying put is not shown)";
  return `Cumulative earnings, less costs, by the end of ${end}: ${each.join("; ")}${stay}.`;
}

/** Every role's published band, lowest level first, and the roles with no figure on file. */
export function rolePaySummary(rows: { title: string; p25: number; p75: number }[], missing: string[]): string {
  const each = rows.map((r) => `${r.title} ${formatUsd(r.p25)}–${formatUsd(r.p75)}`);
  const none = missing.length ? ` No figure on file for ${missing.join(", ")}.` : "";
  return `Pay by role as published, lowest level first: ${each.join("; ")}.${none}`;
}
