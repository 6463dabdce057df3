import { yearsBetween } from "@/lib/dates";
import { experienceByKind } from "@/lib/ladder/experience";
import { EMPTY_HELD, withHeld, type HeldSet } from "@/lib/ladder/held-set";
import type { PersonState, PlannerCredential, PlannerGraph } from "@/lib/ladder/planner-types";
import type { ExperienceKind } from "@/lib/ladder/requirement-schema";
import { enterFromOutside } from "@/lib/ladder/schedule-move";
import { isBlocked, type PlanContext, type SimState } from "@/lib/ladder/schedule-types";

// Where the search starts: the person as they stand today, in their current role, or, for someone new to HIM, each
// way into each entry-level role. Pure.

/** A held CPC or COC counts as full once the experience is there; otherwise it is still "-A". */
function heldInFull(credential: PlannerCredential | undefined, experience: Record<ExperienceKind, number>): boolean {
  return (
    !credential?.hasApprenticeStatus ||
    credential.removeApprentice.some(
      (route) =>
        !route.course &&
        route.credentials.length === 0 &&
        (!route.experience || experience[route.experience.kind] >= (route.experience.years ?? 0)),
    )
  );
}

/** The person's state today: in their current role (or none yet), with what they hold and how long they have worked. */
export function startingState(graph: PlannerGraph, person: PersonState, asOf: string): SimState {
  const experience = experienceByKind(graph, person);
  const current = person.currentRole ? graph.roles.get(person.currentRole) : undefined;
  let held: HeldSet = EMPTY_HELD;
  for (const earned of person.credentials) {
    const apprentice = !heldInFull(graph.credentials.get(earned.code), experience);
    held = withHeld(held, earned.code, { at: Math.min(0, -yearsBetween(earned.earnedOn, asOf)), apprentice });
  }
  return {
    role: person.currentRole ?? "",
    reachedAt: 0,
    cost: 0,
    costIncomplete: false,
    experience,
    yearsExperience: person.yearsExperience,
    held,
    educationPlanned: new Set(),
    trail: null,
    firstRole: person.currentRole ?? "",
    path: person.currentRole ?? "",
    roleCredit: current ? (person.yearsInRole ?? person.yearsExperience) : 0,
    entryItems: [],
    yearsMaxSum: 0,
  };
}

/**
 * The states the search starts from: `today` itself for someone on the ladder; otherwise one per way into each
 * entry-level role, with why an entry role cannot be entered (keyed "start→role") for the explanation.
 */
export function startStates(
  ctx: PlanContext,
  today: SimState,
  onLadder: boolean,
): { starts: SimState[]; blockers: Map<string, () => string> } {
  const blockers = new Map<string, () => string>();
  if (onLadder) return { starts: [today], blockers };
  const roles = [...ctx.graph.roles.values()];
  const minLevel = Math.min(...roles.map((r) => r.level));
  const starts: SimState[] = [];
  for (const role of roles) {
    if (role.level !== minLevel) continue;
    const entered = enterFromOutside(ctx, today, role);
    if (isBlocked(entered)) blockers.set(`start→${role.slug}`, entered.blocked);
    else starts.push(...entered);
  }
  return { starts, blockers };
}
