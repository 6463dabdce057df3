import { atLeast, educationLabel, yearsToReach } from "@/lib/ladder/education";
import type { PlannerMove, PlannerRoute } from "@/lib/ladder/planner-types";
import { experienceKindLabels, type ExperienceKind } from "@/lib/ladder/requirement-schema";
import type { Blocked, Draft, PlanContext, Purpose, Scope, SimState, Way } from "@/lib/ladder/schedule-types";
import { lowerFirst, years } from "@/lib/ladder/schedule-words";

// The conditions of a route that take time rather than credentials: a degree, years in all, years of a kind of
// work. Experience of a kind accrues only in roles of that kind; education runs alongside work from today at its
// typical length. Worked out exactly for a route being scheduled, or as a cheap bound to order the search. Pure.

/** The earliest a move can happen by its typical wait alone (time already in the role counts toward it). */
export function typicalEarliest(state: SimState, move: PlannerMove): number {
  return state.reachedAt + Math.max(0, move.yearsMin - state.roleCredit);
}

/** The earliest way to meet a route's degree and experience conditions from `scope`, ignoring its credentials. */
export function meetTimeConditions(route: PlannerRoute, scope: Scope, purpose: Purpose): Way | Blocked {
  const { ctx } = scope;
  let at = scope.startsAt;
  let educationPlanned = scope.educationPlanned;
  const items: Draft[] = [];

  if (route.education && !atLeast(ctx.education, route.education)) {
    const done = yearsToReach(ctx.education, route.education);
    at = Math.max(at, done);
    if (!educationPlanned.has(route.education)) {
      const label = educationLabel(route.education, route.educationProgram);
      items.push({
        kind: "education",
        code: route.education,
        label,
        at: done,
        cost: 0,
        reason: () => `${purpose()} needs a ${lowerFirst(label)}. Started now, it is done in about ${years(done)}.`,
      });
      educationPlanned = new Set([...educationPlanned, route.education]);
    }
  }
  const minYears = route.minYears;
  if (minYears !== null && scope.yearsExperience < minYears) {
    if (!scope.working) return { blocked: () => `${purpose()} needs ${years(minYears)} of experience` };
    at = Math.max(at, scope.startsAt + (minYears - scope.yearsExperience));
  }
  for (const condition of [route.experience, route.experienceWithin]) {
    if (!condition) continue;
    const { kind, years: need } = condition;
    const have = scope.experience[kind];
    const accrues = scope.role.kinds.includes(kind);
    const what = experienceKindLabels[kind];
    const notHere = () => `time as ${scope.role.title} does not count toward it`;
    if (need === null) {
      if (have <= 0 && !accrues) return { blocked: () => `${purpose()} needs ${what} experience, and ${notHere()}` };
    } else if (have < need) {
      if (!accrues) {
        return {
          blocked: () => `${purpose()} needs ${years(need)} of ${what} work; you have ${years(have)}, and ${notHere()}`,
        };
      }
      at = Math.max(at, scope.startsAt + (need - have));
    }
  }
  const now = route.currentWork;
  if (now && !scope.role.kinds.includes(now)) {
    return {
      blocked: () =>
        `${purpose()} is for people working in ${experienceKindLabels[now]} when they sit it; ` +
        `${scope.role.title} is not such a role`,
    };
  }
  return { at, cost: 0, costUnknown: false, items, held: scope.held, educationPlanned };
}

/**
 * A cheap lower bound of when a move can happen from this state: the typical wait, and the parts of its routes that
 * need no credential work (degrees, years in all, years of a kind). Infinity when no route can ever be met here.
 */
export function moveLowerBound(
  ctx: PlanContext,
  state: SimState,
  move: PlannerMove,
  kinds: readonly ExperienceKind[],
): number {
  const earliest = typicalEarliest(state, move);
  if (move.routes.length === 0) return earliest;
  let best = Infinity;
  for (const route of move.routes) {
    let at = earliest;
    if (route.education && !atLeast(ctx.education, route.education))
      at = Math.max(at, yearsToReach(ctx.education, route.education));
    if (route.minYears !== null && state.yearsExperience < route.minYears)
      at = Math.max(at, state.reachedAt + (route.minYears - state.yearsExperience));
    if (route.currentWork && !kinds.includes(route.currentWork)) continue;
    let reachable = true;
    for (const condition of [route.experience, route.experienceWithin]) {
      if (!condition) continue;
      const have = state.experience[condition.kind];
      const need = condition.years ?? 0;
      if (have < need || (condition.years === null && have <= 0)) {
        if (!kinds.includes(condition.kind)) reachable = false;
        else at = Math.max(at, state.reachedAt + Math.max(0, need - have));
      }
    }
    if (!reachable) continue;
    best = Math.min(best, at);
  }
  return best;
}
