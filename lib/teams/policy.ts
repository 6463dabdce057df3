import { addDays } from "@/lib/dates";
import type { CePolicy } from "@/lib/teams/validation";

// An employer's own education rule on top of the bodies': hours per calendar year (and how many of them from one
// topic), and hours within N days of joining the team. Judged on the member's CEU log as they logged it. Pure.

export type PolicyEntry = { date: string; ceus: number; topics: string[] };

export type PolicyProgress = {
  year: {
    year: number;
    required: number | null;
    earned: number;
    topic: { topic: string; required: number; earned: number } | null;
    met: boolean;
  } | null;
  newHire: {
    from: string;
    windowEnds: string;
    required: number;
    earned: number;
    /** "met"; "open" while the window runs and hours are owed; "missed" once it closed short. */
    state: "met" | "open" | "missed";
  } | null;
};

const round = (n: number) => Math.round(n * 100) / 100;
const sum = (list: PolicyEntry[]) => round(list.reduce((s, e) => s + e.ceus, 0));

export const hasPolicy = (p: CePolicy | null): p is CePolicy =>
  p !== null && (p.hoursPerYear !== null || p.topicHours !== null || p.newHireDays !== null);

export function policyProgress(policy: CePolicy, entries: PolicyEntry[], joinedOn: string, asOf: string) {
  const year = Number(asOf.slice(0, 4));
  const inYear = entries.filter((e) => e.date.startsWith(`${year}-`) && e.date <= asOf);
  let yearPart: PolicyProgress["year"] = null;
  if (policy.hoursPerYear !== null || policy.topicHours !== null) {
    const earned = sum(inYear);
    const topic =
      policy.topic && policy.topicHours !== null
        ? {
            topic: policy.topic,
            required: policy.topicHours,
            earned: sum(inYear.filter((e) => e.topics.includes(policy.topic!))),
          }
        : null;
    const met =
      (policy.hoursPerYear === null || earned >= policy.hoursPerYear) && (!topic || topic.earned >= topic.required);
    yearPart = { year, required: policy.hoursPerYear, earned, topic, met };
  }
  let newHire: PolicyProgress["newHire"] = null;
  if (policy.newHireDays !== null && policy.newHireHours !== null) {
    // Day 1 is the joining day: a 90-day window from 1 March ends on 29 May.
    const windowEnds = addDays(joinedOn, policy.newHireDays - 1);
    const earned = sum(entries.filter((e) => e.date >= joinedOn && e.date <= windowEnds && e.date <= asOf));
    const state = earned >= policy.newHireHours ? "met" : asOf > windowEnds ? "missed" : "open";
    newHire = { from: joinedOn, windowEnds, required: policy.newHireHours, earned, state };
  }
  return { year: yearPart, newHire } satisfies PolicyProgress;
}

/**
 * The first day of a member's log the team's policy judges: the start of the calendar year (of the week before
 * `asOf`, so the digest's first week of January still sees the year that ended) or the day the member joined when
 * there is a new-hire window, whichever is earlier.
 */
export function policyWindowStart(policy: CePolicy, asOf: string): (joinedOn: string) => string {
  const yearly = policy.hoursPerYear !== null || policy.topicHours !== null;
  const newHire = policy.newHireDays !== null && policy.newHireHours !== null;
  const yearStart = `${addDays(asOf, -7).slice(0, 4)}-01-01`;
  return (joinedOn) => (newHire && (!yearly || joinedOn < yearStart) ? joinedOn : yearly ? yearStart : asOf);
}

/** A member's whole log cut to the policy's window (when the log was read for compliance anyway). */
export function policyEntriesIn(entries: PolicyEntry[], from: string, asOf: string): PolicyEntry[] {
  return entries.filter((e) => e.date >= from && e.date <= asOf);
}
