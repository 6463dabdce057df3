import { yearsToTarget } from "@/lib/ladder/distances";
import { EntryHeap } from "@/lib/ladder/entry-heap";
import { EPS, isDominated } from "@/lib/ladder/planner-dominance";
import type { PlannerMove } from "@/lib/ladder/planner-types";
import { moveLowerBound } from "@/lib/ladder/schedule-conditions";
import { applyVariant, hasVisited, moveVariants, type MoveVariant } from "@/lib/ladder/schedule-move";
import { isBlocked, type PlanContext, type SimState } from "@/lib/ladder/schedule-types";

// A best-first search over partial paths, each extension scheduled by schedule-move.ts. Paths are ordered by the
// objective's cost, which never decreases as a path grows, so the first complete paths taken off the queue are the
// best distinct ones. A lower bound of the years still to go (the sum of typical minimum years along the shortest
// remaining route) steers it. Pure.

type SearchLimits = {
  /** How many distinct role sequences to find. */
  paths: number;
  maxYears: number | null;
  /** How many states each role is expanded for (the k-shortest-paths bound). */
  perRole: number;
  maxExpansions: number;
};

type SearchOutcome = {
  found: SimState[];
  /** Why a move (keyed "from→to") could not be made, for the explanation when nothing is found. */
  blockers: Map<string, () => string>;
  truncated: boolean;
  overMaxYears: boolean;
};

// Queue entries: a state; a move queued at a lower bound of its cost, its requirements worked out only when that
// bound reaches the front (many never get there); or a way of taking a move, turned into a state only if taken.
const STATE = 0;
const MOVE = 1;
const VARIANT = 2;

export function search(ctx: PlanContext, starts: SimState[], target: string, limits: SearchLimits): SearchOutcome {
  const { perRole, maxYears } = limits;
  const yearsLeft = yearsToTarget(ctx.graph, target);
  const estimate = (role: string, at: number) => at + (yearsLeft.get(role) ?? Infinity);
  const tooLong = (years: number) => maxYears !== null && years > maxYears + EPS;
  const heap = new EntryHeap<SimState, PlannerMove | MoveVariant>(ctx.objective === "cheapest");
  let overMaxYears = false;
  for (const start of starts) {
    const years = estimate(start.role, start.reachedAt);
    if (!Number.isFinite(years)) continue;
    if (tooLong(years)) overMaxYears = true;
    else heap.push(STATE, years, start.cost, start);
  }

  const settled = new Map<string, SimState[]>();
  const expandedAt = (role: string) => settled.get(role)?.length ?? 0;
  const found: SimState[] = [];
  const foundPaths = new Set<string>();
  const blockers = new Map<string, () => string>();
  let expansions = 0;
  while (heap.size > 0 && found.length < limits.paths) {
    heap.pop();
    const { kind, state: parent, next } = heap.top;
    const role =
      kind === STATE ? parent!.role : kind === MOVE ? (next as PlannerMove).to : (next as MoveVariant).move.to;
    if (role !== target && expandedAt(role) >= perRole) continue;
    if (kind === MOVE) {
      const move = next as PlannerMove;
      const variants = moveVariants(ctx, parent!, move);
      if (isBlocked(variants)) {
        blockers.set(`${move.from}→${move.to}`, variants.blocked);
        continue;
      }
      for (const variant of variants) {
        const years = estimate(move.to, variant.at);
        if (tooLong(years)) overMaxYears = true;
        else heap.push(VARIANT, years, parent!.cost + variant.way.cost, parent!, variant);
      }
      continue;
    }
    if (++expansions > limits.maxExpansions) return { found, blockers, truncated: true, overMaxYears };
    const state = kind === STATE ? parent! : applyVariant(ctx, parent!, next as MoveVariant);
    if (state.role === target) {
      // The same roles by another choice of credentials: a later pop is never better.
      if (!foundPaths.has(state.path)) {
        foundPaths.add(state.path);
        found.push(state);
      }
      continue;
    }
    const here = settled.get(state.role) ?? [];
    // Each role is expanded at most `perRole` times, and never for a state others reach at least as well.
    if (here.length >= perRole || isDominated(here, state, limits.paths)) continue;
    here.push(state);
    settled.set(state.role, here);
    const kinds = ctx.graph.roles.get(state.role)!.kinds;
    for (const move of ctx.graph.movesFrom.get(state.role) ?? []) {
      // Not worth scheduling: no way on to the target, already on this path, or a role that is full.
      const rest = yearsLeft.get(move.to);
      if (rest === undefined || expandedAt(move.to) >= perRole || hasVisited(state, move.to)) continue;
      const lower = moveLowerBound(ctx, state, move, kinds);
      if (lower === Infinity) {
        // No route can be met from here: work it out now, for the explanation.
        const blocked = moveVariants(ctx, state, move);
        if (isBlocked(blocked)) blockers.set(`${move.from}→${move.to}`, blocked.blocked);
        continue;
      }
      const years = lower + rest;
      if (tooLong(years)) overMaxYears = true;
      else heap.push(MOVE, years, state.cost, state, move);
    }
  }
  return { found, blockers, truncated: false, overMaxYears };
}
