import type { RuleSet } from "@/lib/credentials/rule-set-schema";
import { addDays, addMonths } from "@/lib/dates";

// Renewal cycles. A cycle runs from its start to its end (inclusive); CEUs are due at the end, or a set number of
// days after it (NCRA: 31 January). Cycles start at certification (AAPC, AHIMA, HIMSS), on the exam anniversary
// (ACDIS) or follow calendar years (NCRA). When the person set a cycle's dates (bodies align cycles), the cycles
// before and after step from those dates. Pure.

export type Cycle = { start: string; end: string; due: string; first: boolean };

type Span = { start: string; end: string };

export function cyclesAround(input: { anchor: string; override: Span | null; cycle: RuleSet["cycle"]; asOf: string }): {
  current: Cycle;
  previous: Cycle | null;
} {
  const { anchor, override, cycle, asOf } = input;
  const months = cycle.months;
  const span = (start: string): Span => ({ start, end: addDays(addMonths(start, months), -1) });
  const calendarFirst = (): Span => ({
    start: anchor,
    end: `${Number(anchor.slice(0, 4)) + Math.round(months / 12) - 1}-12-31`,
  });

  let c: Span = override ?? (cycle.start === "calendar_year" ? calendarFirst() : span(anchor));
  const next = (x: Span): Span => span(addDays(x.end, 1));
  const prev = (x: Span): Span | null => {
    if (x.start <= anchor) return null;
    const start = addMonths(x.start, -months);
    return { start: start < anchor ? anchor : start, end: addDays(x.start, -1) };
  };
  while (c.end < asOf) c = next(c);
  for (let p = prev(c); p && c.start > asOf; p = prev(c)) c = p;

  const toCycle = (x: Span): Cycle => ({ ...x, due: addDays(x.end, cycle.dueOffsetDays), first: x.start <= anchor });
  const before = prev(c);
  return { current: toCycle(c), previous: before ? toCycle(before) : null };
}
