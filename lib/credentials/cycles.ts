import type { RuleSet } from "@/lib/credentials/rule-set-schema";
import { addDays, addMonths, endOfMonth } from "@/lib/dates";

// Renewal cycles. A cycle runs from its start to its end (inclusive); CEUs are due at the end, or a set number of
// days after it (NCRA: 31 January; ACDIS: on the exam anniversary, the day after the cycle's last day). Cycles are
// counted from certification (AHIMA, HIMSS), the exam date (ACDIS), calendar years (NCRA) or the membership
// (AAPC: CEUs are due on the membership expiration date, in odd years for odd months and even years for even
// months). When the person set a cycle's dates, the cycles before and after step from those dates. Pure.

export type Cycle = { start: string; end: string; due: string; first: boolean };

type Span = { start: string; end: string };

export type CycleInput = {
  /** The earliest certification date of the group. */
  anchor: string;
  /** Dates the person set for one cycle (bodies align cycles, and their record is the authority). */
  override: Span | null;
  cycle: RuleSet["cycle"];
  asOf: string;
  /** The membership expiration date, for bodies whose cycles follow the membership. */
  membershipExpires?: string | null;
};

/** The first date on or after `from` that has the membership's month and day and a year of the month's parity. */
export function membershipDueOnOrAfter(from: string, membershipExpires: string): string {
  const month = membershipExpires.slice(5, 7);
  const day = membershipExpires.slice(8, 10);
  let year = Number(from.slice(0, 4));
  if (year % 2 !== Number(month) % 2) year++;
  for (; ; year += 2) {
    // A 29 February expiration falls on the 28th in common years.
    const last = endOfMonth(`${year}-${month}-01`);
    const due = day > last.slice(8) ? last : `${year}-${month}-${day}`;
    if (due >= from) return due;
  }
}

/** How one cycle leads to the next, for the rule set's way of counting, and back from dates the person set. */
function stepper(input: CycleInput) {
  const { anchor, cycle } = input;
  const months = cycle.months;
  const fixed = (start: string): Span => {
    const end = addDays(addMonths(start, months), -1);
    return { start, end: cycle.endsAtMonthEnd ? endOfMonth(end) : end };
  };
  const prev = (x: Span): Span | null => {
    if (x.start <= anchor) return null;
    const start = addMonths(x.start, -months);
    return { start: start < anchor ? anchor : start, end: addDays(x.start, -1) };
  };
  const membership = cycle.start === "membership_expiration" ? input.membershipExpires : null;
  if (membership) {
    const upTo = (start: string): Span => ({ start, end: membershipDueOnOrAfter(start, membership) });
    return { first: () => upTo(anchor), next: (x: Span) => upTo(addDays(x.end, 1)), prev };
  }
  const first = (): Span =>
    cycle.start === "calendar_year"
      ? { start: anchor, end: `${Number(anchor.slice(0, 4)) + Math.round(months / 12) - 1}-12-31` }
      : fixed(anchor);
  return { first, next: (x: Span) => fixed(addDays(x.end, 1)), prev };
}

/** The cycle in force on `asOf` and the one before it (null in a first cycle). */
export function cyclesAround(input: CycleInput): { current: Cycle; previous: Cycle | null } {
  const { anchor, override, cycle, asOf } = input;
  const step = stepper(input);
  let before: Span | null = null;
  let span: Span;
  if (override) {
    // Step from the person's dates, forward or back to `asOf`.
    span = override;
    while (span.end < asOf) span = step.next(span);
    for (let back = step.prev(span); back && span.start > asOf; back = step.prev(span)) span = back;
    before = step.prev(span);
  } else {
    // Walk forward from certification, so every cycle is the rules' own (month ends and membership dates do not
    // step back exactly).
    span = step.first();
    while (span.end < asOf) {
      before = span;
      span = step.next(span);
    }
  }
  const toCycle = (x: Span): Cycle => ({ ...x, due: addDays(x.end, cycle.dueOffsetDays), first: x.start <= anchor });
  return { current: toCycle(span), previous: before ? toCycle(before) : null };
}
