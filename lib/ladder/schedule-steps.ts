import { addYears } from "@/lib/dates";
import { round1 } from "@/lib/math";
import type { EarnItem, PlanStep } from "@/lib/ladder/planner-types";
import { chainFor, earnCredential } from "@/lib/ladder/schedule-requirements";
import {
  isBlocked,
  scopeOf,
  type Draft,
  type PlanContext,
  type RawStep,
  type SimState,
} from "@/lib/ladder/schedule-types";

// The steps of a chosen path as the person sees them: dated, each item once, in the order it can be earned, with
// its reason worded. Done once per returned path, never for the states the search passes over. Pure.

function toEarnItems(ctx: PlanContext, drafts: Draft[], optional = false): EarnItem[] {
  const seen = new Set<string>();
  return drafts
    .map((draft, i) => ({ draft, i }))
    .sort((a, b) => a.draft.at - b.draft.at || a.i - b.i)
    .filter(({ draft }) => {
      const key = `${draft.kind}:${draft.code}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ draft }) => ({
      kind: draft.kind,
      code: draft.code,
      label: draft.label,
      atYear: round1(draft.at),
      earliestDate: addYears(ctx.asOf, draft.at),
      cost: draft.cost,
      reason: draft.reason(),
      ...(optional ? { optional: true } : {}),
    }));
}

/** The steps of a finished state, oldest first, with dates. */
export function materialize(ctx: PlanContext, state: SimState): PlanStep[] {
  const raw: RawStep[] = [];
  for (let link = state.trail; link; link = link.prev) raw.unshift(link.step);
  return raw.map((step) => ({
    role: step.role,
    title: step.title,
    startYear: round1(step.startsAt),
    startDate: addYears(ctx.asOf, step.startsAt),
    years: round1(step.dwell),
    yearsMax: round1(step.yearsMax),
    earn: toEarnItems(ctx, step.drafts),
  }));
}

/** The last step: the target role, with the credentials typical of it as optional next goals. */
export function arrivalStep(ctx: PlanContext, state: SimState): PlanStep {
  const scope = scopeOf(ctx, state);
  const role = ctx.graph.roles.get(state.role)!;
  const chain = chainFor(() => `Typical for ${role.title}`);
  const optional: Draft[] = [];
  for (const code of role.typicalCredentials) {
    const way = earnCredential(code, scope, chain);
    if (!isBlocked(way)) optional.push(...way.items);
  }
  return {
    role: state.role,
    title: role.title,
    startYear: round1(state.reachedAt),
    startDate: addYears(ctx.asOf, state.reachedAt),
    years: 0,
    yearsMax: 0,
    earn: [...toEarnItems(ctx, state.entryItems), ...toEarnItems(ctx, optional, true)],
  };
}
