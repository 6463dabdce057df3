import type { HeldInput } from "@/lib/credentials/compliance-types";
import type { Cycle } from "@/lib/credentials/cycles";
import type { RuleSet } from "@/lib/credentials/rule-set-schema";
import { addDays, monthsBetween } from "@/lib/dates";

// How many CEUs one cycle asks for: the body's requirement for the credentials in force (a credential replaced by
// a higher one adds nothing), pro-rated in a first cycle, or the figure the person copied from the body's own
// tracker for this cycle. Every adjustment says why, and estimates say so. Pure.

export type Replaced = { code: string; by: string };

/** The credentials that count in a cycle: those earned by its end, less those a higher one replaces by then. */
export function inForce(held: HeldInput[], cycleEnd: string): { active: HeldInput[]; replaced: Replaced[] } {
  const earned = held.filter((h) => h.earnedOn <= cycleEnd);
  const replaced: Replaced[] = [];
  const active = earned.filter((h) => {
    const by = earned.find((other) => other !== h && other.replaces?.includes(h.code));
    if (by) replaced.push({ code: h.code, by: by.code });
    return !by;
  });
  return { active, replaced };
}

/** The body's figure for a set of credentials, before any pro-rating. */
export function baseRequirement(rules: RuleSet, held: HeldInput[]): number {
  const r = rules.requirement;
  const n = held.length;
  if (n === 0) return 0;
  switch (r.kind) {
    case "pooled_by_count":
      return r.byCount[Math.min(n, r.byCount.length) - 1]!;
    case "base_plus_additional": {
      const highest = Math.max(...held.map((h) => r.base[h.code] ?? h.ceuRequired ?? 0));
      return Math.min(r.max, highest + r.perAdditional * (n - 1));
    }
    case "per_credential":
      return r.ceus;
  }
}

export type Requirement = { required: number; notes: string[]; assumptions: string[] };

export function cycleRequirement(
  body: string,
  rules: RuleSet,
  held: HeldInput[],
  replaced: Replaced[],
  cycle: Cycle,
): Requirement {
  const notes = replaced.map((r) => {
    const when = held.find((h) => h.code === r.by)?.earnedOn;
    return `${r.code} is replaced by ${r.by}${when ? ` (earned ${when})` : ""}: only ${r.by}'s requirement applies.`;
  });
  const override = held.map((h) => h.requiredOverride).find((o) => o?.cycleEnd === cycle.end);
  if (override) {
    notes.push(`${override.ceus} CEUs for this cycle, as you entered from ${body}'s own tracker.`);
    return { required: override.ceus, notes, assumptions: [] };
  }
  const full = baseRequirement(rules, held);
  const assumptions: string[] = [];
  let required = full;
  if (rules.firstCycleProrated && cycle.first) {
    const length = monthsBetween(cycle.start, addDays(cycle.end, 1));
    if (length < rules.cycle.months - 0.5) {
      required = Math.ceil((full * length) / rules.cycle.months);
      notes.push(`First cycle of ${Math.round(length)} months: ${full} pro-rated to ${required}.`);
      assumptions.push(
        `${body} pro-rates a first cycle but publishes no formula: ${required} CEUs (${full} by months) is an ` +
          `estimate. Enter the figure ${body}'s own tracker shows to make it exact.`,
      );
    }
  }
  return { required, notes, assumptions };
}
