import { getHeld, heldEntries } from "@/lib/ladder/held-set";
import { experienceKinds } from "@/lib/ladder/requirement-schema";
import type { SimState } from "@/lib/ladder/schedule-types";

// When a partial path is not worth going on with: enough others at the same role are at least as well placed in
// every respect that matters for what comes after. Pure.

/** Slack for comparing years and fees built up by adding fractions. */
export const EPS = 1e-9;

/** `state` is at least as well placed as `other` in every respect, including the roles it may still pass through. */
function dominates(state: SimState, other: SimState): boolean {
  if (state.reachedAt > other.reachedAt + EPS || state.cost > other.cost + EPS) return false;
  if (state.yearsExperience + EPS < other.yearsExperience) return false;
  for (const kind of experienceKinds) if (state.experience[kind] + EPS < other.experience[kind]) return false;
  for (const [code, theirs] of heldEntries(other.held)) {
    const mine = getHeld(state.held, code);
    if (!mine || (mine.apprentice && !theirs.apprentice)) return false;
  }
  // Paths never revisit a role, so a role behind `state` but not behind `other` is a way forward only `other` has.
  const behindOther = new Set<string>([other.firstRole]);
  for (let link = other.trail; link; link = link.prev) behindOther.add(link.step.role);
  if (!behindOther.has(state.firstRole)) return false;
  for (let link = state.trail; link; link = link.prev) if (!behindOther.has(link.step.role)) return false;
  return true;
}

/**
 * Whether `state` is not worth expanding, given the states already expanded at its role: `limit` other role
 * sequences reach the role at least as well, or the same sequence already did.
 */
export function isDominated(expandedHere: SimState[], state: SimState, limit: number): boolean {
  const dominators = new Set(expandedHere.filter((other) => dominates(other, state)).map((other) => other.path));
  return dominators.size >= limit || expandedHere.some((other) => other.path === state.path && dominates(other, state));
}
