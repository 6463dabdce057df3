import { yearsBetween } from "@/lib/dates";
import { round1 } from "@/lib/math";
import { EDUCATION_ASSUMPTION } from "@/lib/ladder/education";
import { yearsToTarget } from "@/lib/ladder/distances";
import { explainNoPath } from "@/lib/ladder/explain";
import { EMPTY_HELD, getHeld, heldEntries, withHeld, type HeldSet } from "@/lib/ladder/held-set";
import { EntryHeap } from "@/lib/ladder/entry-heap";
import type {
  PersonState,
  PlannedPath,
  PlannerGraph,
  PlannerMove,
  PlanOptions,
  PlanResult,
} from "@/lib/ladder/planner-types";
import { experienceKindLabels, experienceKinds } from "@/lib/ladder/requirement-schema";
import {
  arrivalStep,
  emptyExperience,
  enterFromOutside,
  hasVisited,
  applyVariant,
  isBlocked,
  materialize,
  moveLowerBound,
  moveVariants,
  type MoveVariant,
  type PlanContext,
  type SimState,
} from "@/lib/ladder/schedule";

// The path planner: a best-first search over partial paths through the career graph, where each extension is
// scheduled by schedule.ts. Paths are ordered by the objective's cost, which never decreases as a path grows, so
// the first k complete paths taken off the queue are the k best distinct paths. A lower bound of the years still
// to go (the sum of typical minimum years along the shortest remaining route) steers the search, and a partial
// path is dropped once k others at the same role are at least as good in every respect. Pure.

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
const EPS = 1e-9;

export class PlannerInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function startingState(graph: PlannerGraph, person: PersonState, asOf: string): SimState {
  const exp = emptyExperience();
  const current = person.currentRole ? graph.roles.get(person.currentRole) : undefined;
  if (person.experience) {
    for (const k of experienceKinds) exp[k] = person.experience[k] ?? 0;
  } else if (current) {
    for (const k of current.kinds) exp[k] = person.yearsExperience;
  }
  let held: HeldSet = EMPTY_HELD;
  for (const cred of person.credentials) {
    // A held CPC or COC counts as full once the experience is there; otherwise it is still "-A".
    const c = graph.credentials.get(cred.code);
    const full =
      !c?.hasApprenticeStatus ||
      c.removeApprentice.some(
        (r) =>
          !r.course &&
          r.credentials.length === 0 &&
          (!r.experience || exp[r.experience.kind] >= (r.experience.years ?? 0)),
      );
    held = withHeld(held, cred.code, { at: Math.min(0, -yearsBetween(cred.earnedOn, asOf)), apprentice: !full });
  }
  return {
    role: person.currentRole ?? "",
    t: 0,
    cost: 0,
    costIncomplete: false,
    exp,
    total: person.yearsExperience,
    held,
    eduListed: new Set(),
    trail: null,
    firstRole: person.currentRole ?? "",
    path: person.currentRole ?? "",
    roleCredit: current ? (person.yearsInRole ?? person.yearsExperience) : 0,
    entryItems: [],
    yearsMaxSum: 0,
  };
}

/** `a` is at least as well placed as `b` in every respect, including the roles it may still pass through. */
function dominates(a: SimState, b: SimState): boolean {
  if (a.t > b.t + EPS || a.cost > b.cost + EPS || a.total + EPS < b.total) return false;
  for (const k of experienceKinds) if (a.exp[k] + EPS < b.exp[k]) return false;
  for (const [code, h] of heldEntries(b.held)) {
    const mine = getHeld(a.held, code);
    if (!mine || (mine.apprentice && !h.apprentice)) return false;
  }
  // Paths never revisit a role, so a role behind `a` but not behind `b` is a way forward only `b` still has.
  const behindB = new Set<string>([b.firstRole]);
  for (let t = b.trail; t; t = t.prev) behindB.add(t.step.role);
  if (!behindB.has(a.firstRole)) return false;
  for (let t = a.trail; t; t = t.prev) if (!behindB.has(t.step.role)) return false;
  return true;
}

function finish(ctx: PlanContext, state: SimState): PlannedPath {
  const arrival = arrivalStep(ctx, state);
  return {
    steps: [...materialize(ctx, state), arrival],
    totalYears: round1(state.t),
    totalYearsMax: round1(Math.max(state.t, state.yearsMaxSum)),
    totalCost: Math.round(state.cost),
    costIncomplete: state.costIncomplete,
    endMedianPay: ctx.graph.roles.get(state.role)?.medianPay ?? null,
    endPaySource: ctx.graph.roles.get(state.role)?.medianSource ?? null,
  };
}

type SearchOutcome = {
  found: SimState[];
  blockers: Map<string, () => string>;
  truncated: boolean;
  overMaxYears: boolean;
};

function search(
  ctx: PlanContext,
  starts: SimState[],
  target: string,
  limit: number,
  maxYears: number | null,
  perRole: number,
  maxExpansions: number,
): SearchOutcome {
  const h = yearsToTarget(ctx.graph, target);
  // Queue entries: a state; a move queued at a lower bound of its cost, its requirements worked out only when that
  // bound reaches the front (many never get there); or a way of taking a move, turned into a state only if taken.
  const STATE = 0;
  const MOVE = 1;
  const VARIANT = 2;
  const bound = (role: string, t: number) => t + (h.get(role) ?? Infinity);
  const heap = new EntryHeap<SimState, PlannerMove | MoveVariant>(ctx.objective === "cheapest");
  let overMaxYears = false;
  for (const s of starts) {
    const f = bound(s.role, s.t);
    if (!Number.isFinite(f)) continue;
    if (maxYears !== null && f > maxYears + EPS) overMaxYears = true;
    else heap.push(STATE, f, s.cost, s);
  }

  const settled = new Map<string, SimState[]>();
  const found: SimState[] = [];
  const foundPaths = new Set<string>();
  const blockers = new Map<string, () => string>();
  let expansions = 0;
  while (heap.size > 0 && found.length < limit) {
    heap.pop();
    const { kind, a: parent } = heap.top;
    const role =
      kind === STATE
        ? parent!.role
        : kind === MOVE
          ? (heap.top.b as PlannerMove).to
          : (heap.top.b as MoveVariant).move.to;
    if (role !== target && (settled.get(role)?.length ?? 0) >= perRole) continue;
    if (kind === MOVE) {
      const move = heap.top.b as PlannerMove;
      const variants = moveVariants(ctx, parent!, move);
      if (isBlocked(variants)) {
        blockers.set(`${move.from}→${move.to}`, variants.blocked);
        continue;
      }
      for (const variant of variants) {
        const f = bound(move.to, variant.at);
        if (maxYears !== null && f > maxYears + EPS) overMaxYears = true;
        else heap.push(VARIANT, f, parent!.cost + variant.f.cost, parent!, variant);
      }
      continue;
    }
    if (++expansions > maxExpansions) return { found, blockers, truncated: true, overMaxYears };
    const s = kind === STATE ? parent! : applyVariant(ctx, parent!, heap.top.b as MoveVariant);
    if (s.role === target) {
      // The same roles by another choice of credentials: a later pop is never better.
      if (!foundPaths.has(s.path)) {
        foundPaths.add(s.path);
        found.push(s);
      }
      continue;
    }
    const here = settled.get(s.role) ?? [];
    // Each role is expanded at most `perRole` times (the k-shortest-paths bound), and never for a state that
    // `limit` other role sequences reach at least as well in every respect.
    if (here.length >= perRole) continue;
    const dominators = new Set(here.filter((o) => dominates(o, s)).map((o) => o.path));
    if (dominators.size >= limit || here.some((o) => o.path === s.path && dominates(o, s))) continue;
    here.push(s);
    settled.set(s.role, here);
    const kinds = ctx.graph.roles.get(s.role)!.kinds;
    for (const move of ctx.graph.movesFrom.get(s.role) ?? []) {
      // Not worth scheduling: no way on to the target, already on this path, or a role that is full.
      const rest = h.get(move.to);
      if (rest === undefined || (settled.get(move.to)?.length ?? 0) >= perRole || hasVisited(s, move.to)) continue;
      const lower = moveLowerBound(ctx, s, move, kinds);
      if (lower === Infinity) {
        // No route can be met from here: work it out now, for the explanation.
        const blocked = moveVariants(ctx, s, move);
        if (isBlocked(blocked)) blockers.set(`${move.from}→${move.to}`, blocked.blocked);
        continue;
      }
      const f = lower + rest;
      if (maxYears !== null && f > maxYears + EPS) overMaxYears = true;
      else heap.push(MOVE, f, s.cost, s, move);
    }
  }
  return { found, blockers, truncated: false, overMaxYears };
}

function checkInputs(graph: PlannerGraph, person: PersonState, opts: PlanOptions) {
  if (!graph.roles.has(opts.target)) throw new PlannerInputError("target", `No role "${opts.target}" on the ladder.`);
  if (person.currentRole && !graph.roles.has(person.currentRole)) {
    throw new PlannerInputError("currentRole", `No role "${person.currentRole}" on the ladder.`);
  }
  person.credentials.forEach((c, i) => {
    if (!graph.credentials.has(c.code))
      throw new PlannerInputError(`credentials.${i}.code`, `No credential "${c.code}" in the catalog.`);
  });
}

function assumptionsFor(graph: PlannerGraph, person: PersonState): string[] {
  const out = [
    "Time in each role is at least the typical minimum before the move (planning assumptions, not rules), longer when a requirement takes more time.",
    EDUCATION_ASSUMPTION,
    "Exam fees are counted at non-member prices where both are listed; membership dues, courses and tuition are not counted.",
  ];
  const current = person.currentRole ? graph.roles.get(person.currentRole) : undefined;
  if (current && !person.experience && person.yearsExperience > 0) {
    const kinds = current.kinds.map((k) => experienceKindLabels[k]).join(" and ");
    out.push(
      kinds
        ? `Your ${person.yearsExperience} years of experience are counted as ${kinds} work, the kind your current role does; give experience by kind to refine.`
        : `Your ${person.yearsExperience} years of experience count toward totals, not toward any specific kind of work.`,
    );
  }
  return out;
}

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
    const best = variants.reduce((a, b) =>
      (opts.objective === "cheapest" ? a.f.cost - b.f.cost || a.at - b.at : a.at - b.at || a.f.cost - b.f.cost) <= 0
        ? a
        : b,
    );
    state = applyVariant(ctx, state, best);
  }
  return { years: state.t, cost: state.cost };
}

/** Up to k best distinct paths from the person's state to the target, or an explanation of what blocks it. */
export function planPaths(graph: PlannerGraph, person: PersonState, opts: PlanOptions): PlanResult {
  checkInputs(graph, person, opts);
  const assumptions = assumptionsFor(graph, person);
  const target = graph.roles.get(opts.target)!;
  if (person.currentRole === opts.target) {
    return { paths: [], explanation: `You are already a ${target.title}.`, assumptions };
  }
  const { ctx, profile } = contextFor(graph, person, opts);
  const base = startingState(graph, person, opts.asOf);
  const entryBlockers = new Map<string, () => string>();
  let starts: SimState[] = [base];
  if (!person.currentRole) {
    const minLevel = Math.min(...[...graph.roles.values()].map((r) => r.level));
    starts = [];
    for (const role of graph.roles.values()) {
      if (role.level !== minLevel) continue;
      const entered = enterFromOutside(ctx, base, role);
      if (isBlocked(entered)) entryBlockers.set(`start→${role.slug}`, entered.blocked);
      else starts.push(...entered);
    }
  }
  // best_pay has no cost that only grows along a path, so it ranks a wider set of the fastest paths.
  const limit = opts.objective === "best_pay" ? Math.max(3 * opts.k, 10) : opts.k;
  const perRole = opts.perRoleExpansions ?? profile.perRole(limit);
  const outcome = search(ctx, starts, opts.target, limit, opts.maxYears, perRole, profile.maxExpansions);
  for (const [k, v] of entryBlockers) outcome.blockers.set(k, v);

  if (outcome.found.length === 0) {
    const why = outcome.truncated
      ? "The search stopped on a very large graph before finding a path; one may still exist."
      : explainNoPath(graph, person, opts, outcome, (o) => planPaths(graph, person, o));
    return { paths: [], explanation: why, assumptions };
  }
  let paths = outcome.found.map((s) => finish(ctx, s));
  let horizonYears: number | undefined;
  if (opts.objective === "best_pay") {
    horizonYears = Math.ceil(Math.max(...paths.map((p) => p.totalYears)));
    paths = rankByPay(graph, paths, horizonYears).slice(0, opts.k);
    assumptions.push(
      `best_pay compares what each path is expected to pay, less exam fees, over the same ${horizonYears} years (the slowest path's length), at each role's median or, failing that, the midpoint of its range; roles with no pay figure count as zero.`,
    );
  } else {
    paths.sort(opts.objective === "cheapest" ? byCost : byYears);
  }
  const result: PlanResult = { paths, assumptions, ...(horizonYears ? { horizonYears } : {}) };
  if (outcome.truncated)
    result.explanation = "The search stopped early on a very large graph; other or better paths may exist.";
  return result;
}

const byYears = (a: PlannedPath, b: PlannedPath) => a.totalYears - b.totalYears || a.totalCost - b.totalCost;
const byCost = (a: PlannedPath, b: PlannedPath) => a.totalCost - b.totalCost || a.totalYears - b.totalYears;

function rankByPay(graph: PlannerGraph, paths: PlannedPath[], horizon: number): PlannedPath[] {
  const pay = (slug: string) => graph.roles.get(slug)?.payEstimate ?? 0;
  return paths
    .map((p) => {
      let earned = 0;
      for (const step of p.steps.slice(0, -1)) earned += pay(step.role) * step.years;
      earned += pay(p.steps.at(-1)!.role) * Math.max(0, horizon - p.totalYears);
      return { ...p, earningsOverHorizon: Math.round(earned - p.totalCost) };
    })
    .sort((a, b) => b.earningsOverHorizon - a.earningsOverHorizon || a.totalYears - b.totalYears);
}

export type { SearchOutcome };
