import { explainNoPath } from "@/lib/ladder/explain";
import { assumptionsFor, orderPaths, toPlannedPath } from "@/lib/ladder/planner-answer";
import { search } from "@/lib/ladder/planner-search";
import { startingState, startStates } from "@/lib/ladder/planner-start";
import type { PersonState, PlannerGraph, PlanOptions, PlanResult } from "@/lib/ladder/planner-types";
import { applyVariant, hasVisited, moveVariants, type MoveVariant } from "@/lib/ladder/schedule-move";
import { better, isBlocked, type PlanContext } from "@/lib/ladder/schedule-types";

// The path planner: from the person's state, the k best distinct paths to a target role (planner-search.ts), each
// move scheduled by schedule-*.ts, or an explanation of what blocks every path. Role and credential names are the
// caller's to check (previewPlan answers 422 naming the field). Pure.

/**
 * How hard to search. On a ladder the size of a real one the search tries every credential that could meet a
 * requirement and expands each role up to 4k + 8 times: tests check a wider search changes no answer on the
 * seeded ladder. On very large graphs (benchmarks of 50,000 moves) it takes the best credential at each requirement,
 * expands each role at most k times, and stops after a fixed number of expansions, saying so.
 */
const LARGE_GRAPH_MOVES = 5_000;
const SEARCH = {
  small: { branchChoices: true, perRole: () => Infinity, maxExpansions: 200_000 },
  large: { branchChoices: false, perRole: (k: number) => k, maxExpansions: 5_000 },
};

function contextFor(graph: PlannerGraph, person: PersonState, opts: PlanOptions) {
  let moveCount = 0;
  for (const list of graph.movesFrom.values()) moveCount += list.length;
  const profile = moveCount > LARGE_GRAPH_MOVES ? SEARCH.large : SEARCH.small;
  const ctx: PlanContext = {
    graph,
    branchChoices: profile.branchChoices,
    objective: opts.objective,
    avoidCodes: new Set(opts.avoidCredentials),
    avoidBodies: new Set(opts.avoidBodies),
    education: person.education,
    asOf: opts.asOf,
  };
  return { ctx, profile };
}

/**
 * Walks one given sequence of roles from the person's current role, taking the best way to meet each move's
 * requirements: its arrival time and fees, or null when a move is missing or cannot be made. For checking the
 * search against brute force, and for "what if I went this way" questions.
 */
export function simulateRoles(
  graph: PlannerGraph,
  person: PersonState,
  opts: PlanOptions,
  roles: string[],
): { years: number; cost: number } | null {
  if (!person.currentRole || roles[0] !== person.currentRole) return null;
  const { ctx } = contextFor(graph, person, opts);
  let state = startingState(graph, person, opts.asOf);
  for (const to of roles.slice(1)) {
    const move = graph.movesFrom.get(state.role)?.find((m) => m.to === to);
    if (!move || hasVisited(state, to)) return null;
    const variants = moveVariants(ctx, state, move);
    if (isBlocked(variants)) return null;
    const timeAndCost = (variant: MoveVariant) => ({ at: variant.at, cost: variant.way.cost });
    const best = variants.reduce((a, b) => (better(opts.objective, timeAndCost(b), timeAndCost(a)) ? b : a));
    state = applyVariant(ctx, state, best);
  }
  return { years: state.reachedAt, cost: state.cost };
}

/** Up to k best distinct paths from the person's state to the target, or an explanation of what blocks it. */
export function planPaths(graph: PlannerGraph, person: PersonState, opts: PlanOptions): PlanResult {
  const assumptions = assumptionsFor(graph, person);
  if (person.currentRole === opts.target) {
    const target = graph.roles.get(opts.target)!;
    return { paths: [], explanation: `You are already a ${target.title}.`, assumptions };
  }
  const { ctx, profile } = contextFor(graph, person, opts);
  const today = startingState(graph, person, opts.asOf);
  const { starts, blockers: entryBlockers } = startStates(ctx, today, Boolean(person.currentRole));
  // best_pay has no cost that only grows along a path, so it ranks a wider set of the fastest paths.
  const limit = opts.objective === "best_pay" ? Math.max(3 * opts.k, 10) : opts.k;
  const outcome = search(ctx, starts, opts.target, {
    paths: limit,
    maxYears: opts.maxYears,
    perRole: opts.perRoleExpansions ?? profile.perRole(limit),
    maxExpansions: profile.maxExpansions,
  });
  for (const [key, blocked] of entryBlockers) outcome.blockers.set(key, blocked);

  if (outcome.found.length === 0) {
    const why = outcome.truncated
      ? "The search stopped on a very large graph before finding a path; one may still exist."
      : explainNoPath(graph, person, opts, outcome, (o) => planPaths(graph, person, o));
    return { paths: [], explanation: why, assumptions };
  }
  const found = outcome.found.map((state) => toPlannedPath(ctx, state));
  const { paths, horizonYears, assumption } = orderPaths(graph, found, opts);
  if (assumption) assumptions.push(assumption);
  const result: PlanResult = { paths, assumptions, ...(horizonYears ? { horizonYears } : {}) };
  if (outcome.truncated)
    result.explanation = "The search stopped early on a very large graph; other or better paths may exist.";
  return result;
}
