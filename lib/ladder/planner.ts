import { yearsBetween, round1 } from "@/lib/ladder/dates";
import { EDUCATION_ASSUMPTION } from "@/lib/ladder/education";
import { explainNoPath } from "@/lib/ladder/explain";
import { MinHeap } from "@/lib/ladder/min-heap";
import type { PersonState, PlannedPath, PlannerGraph, PlanOptions, PlanResult } from "@/lib/ladder/planner-types";
import { experienceKindLabels, experienceKinds } from "@/lib/ladder/requirement-schema";
import {
  arrivalStep,
  emptyExperience,
  enterFromOutside,
  isBlocked,
  planMove,
  type Held,
  type PlanContext,
  type SimState,
} from "@/lib/ladder/schedule";

// The path planner: a best-first search over partial paths through the career graph, where each extension is
// scheduled by schedule.ts. Paths are ordered by the objective's cost, which never decreases as a path grows, so
// the first k complete paths taken off the queue are the k best distinct paths. A lower bound of the years still
// to go (the sum of typical minimum years along the shortest remaining route) steers the search, and a partial
// path is dropped once k others at the same role are at least as good in every respect. Pure.

const MAX_EXPANSIONS = 200_000;
const EPS = 1e-9;

export class PlannerInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Lower bounds of the years from each role to `target` (Dijkstra on typical minimum years, backwards). */
export function yearsToTarget(graph: PlannerGraph, target: string): Map<string, number> {
  const dist = new Map<string, number>([[target, 0]]);
  const heap = new MinHeap<[string, number]>((a, b) => a[1] < b[1]);
  heap.push([target, 0]);
  while (heap.size) {
    const [role, d] = heap.pop()!;
    if (d > (dist.get(role) ?? Infinity)) continue;
    for (const m of graph.movesTo.get(role) ?? []) {
      const nd = d + m.yearsMin;
      if (nd < (dist.get(m.from) ?? Infinity)) {
        dist.set(m.from, nd);
        heap.push([m.from, nd]);
      }
    }
  }
  return dist;
}

function startingState(graph: PlannerGraph, person: PersonState, asOf: string): SimState {
  const exp = emptyExperience();
  const current = person.currentRole ? graph.roles.get(person.currentRole) : undefined;
  if (person.experience) {
    for (const k of experienceKinds) exp[k] = person.experience[k] ?? 0;
  } else if (current) {
    for (const k of current.kinds) exp[k] = person.yearsExperience;
  }
  const held = new Map<string, Held>();
  for (const c of person.credentials) held.set(c.code, { at: Math.min(0, -yearsBetween(c.earnedOn, asOf)), apprentice: false });
  // A held CPC or COC counts as full once the experience is there; otherwise it is still "-A".
  for (const [code, h] of held) {
    const c = graph.credentials.get(code);
    if (!c?.hasApprenticeStatus) continue;
    const full = c.removeApprentice.some(
      (r) => !r.course && r.credentials.length === 0 && (!r.experience || exp[r.experience.kind] >= (r.experience.years ?? 0)),
    );
    held.set(code, { ...h, apprentice: !full });
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
    steps: [],
    visited: new Set(person.currentRole ? [person.currentRole] : []),
    path: person.currentRole ?? "",
    roleCredit: current ? (person.yearsInRole ?? person.yearsExperience) : 0,
    entryItems: [],
    yearsMaxSum: 0,
  };
}

function dominates(a: SimState, b: SimState): boolean {
  if (a.t > b.t + EPS || a.cost > b.cost + EPS || a.total + EPS < b.total) return false;
  for (const k of experienceKinds) if (a.exp[k] + EPS < b.exp[k]) return false;
  for (const [code, h] of b.held) {
    const mine = a.held.get(code);
    if (!mine || (mine.apprentice && !h.apprentice)) return false;
  }
  return true;
}

function finish(ctx: PlanContext, state: SimState): PlannedPath {
  const arrival = arrivalStep(ctx, state);
  return {
    steps: [...state.steps, arrival],
    totalYears: round1(state.t),
    totalYearsMax: round1(Math.max(state.t, state.yearsMaxSum)),
    totalCost: Math.round(state.cost),
    costIncomplete: state.costIncomplete,
    endMedianPay: ctx.graph.roles.get(state.role)?.medianPay ?? null,
  };
}

type SearchOutcome = { found: SimState[]; blockers: Map<string, string>; truncated: boolean; overMaxYears: boolean };

function search(ctx: PlanContext, starts: SimState[], target: string, limit: number, maxYears: number | null): SearchOutcome {
  const h = yearsToTarget(ctx.graph, target);
  const bound = (s: SimState) => s.t + (h.get(s.role) ?? Infinity);
  const less =
    ctx.objective === "cheapest"
      ? (a: SimState, b: SimState) => a.cost < b.cost - EPS || (Math.abs(a.cost - b.cost) <= EPS && bound(a) < bound(b))
      : (a: SimState, b: SimState) => bound(a) < bound(b) - EPS || (Math.abs(bound(a) - bound(b)) <= EPS && a.cost < b.cost);
  const heap = new MinHeap<SimState>(less);
  let overMaxYears = false;
  for (const s of starts) {
    if (!Number.isFinite(bound(s))) continue;
    if (maxYears !== null && bound(s) > maxYears + EPS) overMaxYears = true;
    else heap.push(s);
  }

  const settled = new Map<string, SimState[]>();
  const found: SimState[] = [];
  const foundPaths = new Set<string>();
  const blockers = new Map<string, string>();
  let expansions = 0;
  while (heap.size && found.length < limit) {
    if (++expansions > MAX_EXPANSIONS) return { found, blockers, truncated: true, overMaxYears };
    const s = heap.pop()!;
    if (s.role === target) {
      // The same roles by another choice of credentials: a later pop is never better.
      if (!foundPaths.has(s.path)) {
        foundPaths.add(s.path);
        found.push(s);
      }
      continue;
    }
    const here = settled.get(s.role) ?? [];
    // Safe to drop: at least `limit` other role sequences reach here at least as well in every respect.
    const dominators = new Set(here.filter((o) => dominates(o, s)).map((o) => o.path));
    if (dominators.size >= limit || here.some((o) => o.path === s.path && dominates(o, s))) continue;
    here.push(s);
    settled.set(s.role, here);
    for (const move of ctx.graph.movesFrom.get(s.role) ?? []) {
      if (s.visited.has(move.to) || !h.has(move.to)) continue;
      const nexts = planMove(ctx, s, move);
      if (isBlocked(nexts)) {
        blockers.set(`${move.from}→${move.to}`, nexts.blocked);
        continue;
      }
      for (const next of nexts) {
        if (maxYears !== null && bound(next) > maxYears + EPS) overMaxYears = true;
        else heap.push(next);
      }
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
    if (!graph.credentials.has(c.code)) throw new PlannerInputError(`credentials.${i}.code`, `No credential "${c.code}" in the catalog.`);
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

/** Up to k best distinct paths from the person's state to the target, or an explanation of what blocks it. */
export function planPaths(graph: PlannerGraph, person: PersonState, opts: PlanOptions): PlanResult {
  checkInputs(graph, person, opts);
  const assumptions = assumptionsFor(graph, person);
  const target = graph.roles.get(opts.target)!;
  if (person.currentRole === opts.target) {
    return { paths: [], explanation: `You are already a ${target.title}.`, assumptions };
  }
  const ctx: PlanContext = {
    graph,
    objective: opts.objective,
    avoidCodes: new Set(opts.avoidCredentials),
    avoidBodies: new Set(opts.avoidBodies),
    education: person.education,
    asOf: opts.asOf,
  };
  const base = startingState(graph, person, opts.asOf);
  const entryBlockers = new Map<string, string>();
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
  const outcome = search(ctx, starts, opts.target, limit, opts.maxYears);
  for (const [k, v] of entryBlockers) outcome.blockers.set(k, v);

  if (outcome.found.length === 0) {
    return { paths: [], explanation: explainNoPath(graph, person, opts, outcome, (o) => planPaths(graph, person, o)), assumptions };
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
  if (outcome.truncated) result.explanation = "The search stopped early on a very large graph; better paths may exist.";
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
