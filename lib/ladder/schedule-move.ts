import { heldEntries, withHeld, type HeldSet } from "@/lib/ladder/held-set";
import type { PlannerMove, PlannerRole, PlannerRoute } from "@/lib/ladder/planner-types";
import { typicalEarliest } from "@/lib/ladder/schedule-conditions";
import { chainFor, evalRoute, removalTime } from "@/lib/ladder/schedule-requirements";
import {
  isBlocked,
  scopeOf,
  type Blocked,
  type Draft,
  type PlanContext,
  type RawStep,
  type Scope,
  type SimState,
  type Way,
} from "@/lib/ladder/schedule-types";
import { lowerFirst } from "@/lib/ladder/schedule-words";

// Taking a move: the ways its requirements can be met from a state, and the state a chosen way leads to, with the
// step it completes. Also the way into a first role for someone starting outside the ladder. Pure.

/** One way of taking a move: what it needs and when it happens; made a state only if the search gets to it. */
export type MoveVariant = { move: PlannerMove; way: Way; at: number; course: string | null };

/**
 * The ways to take a move from this state — one per route, and per credential where a group offers several — with
 * the time each arrives. Cheap: the full next state is built by `applyVariant`, only for variants the search picks.
 */
export function moveVariants(ctx: PlanContext, state: SimState, move: PlannerMove): MoveVariant[] | Blocked {
  const scope = scopeOf(ctx, state);
  const to = ctx.graph.roles.get(move.to)!;
  const earliest = typicalEarliest(state, move);
  const { reachedAt: at, held, educationPlanned } = state;
  const noRequirement: Way = { at, cost: 0, costUnknown: false, items: [], held, educationPlanned };
  const chain = chainFor(() => `To move to ${to.title}`);
  const reasons: (() => string)[] = [];
  const variants: MoveVariant[] = [];
  for (const route of move.routes.length ? move.routes : [null]) {
    const ways = route ? evalRoute(route, scope, chain, ctx.branchChoices) : [noRequirement];
    if (isBlocked(ways)) reasons.push(ways.blocked);
    else
      for (const way of ways)
        variants.push({ move, way, at: Math.max(earliest, way.at), course: route?.course ?? null });
  }
  if (variants.length === 0) return { blocked: () => reasons.map((r) => r()).join("; or ") };
  if (variants.length === 1) return variants;
  const seen = new Set<string>();
  return variants.filter((variant) => {
    const heldCodes = heldEntries(variant.way.held)
      .map(([code, heldAs]) => `${code}${heldAs.apprentice ? "-A" : ""}`)
      .sort()
      .join(",");
    const key = `${variant.at}|${variant.way.cost}|${heldCodes}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Takes the move: spends the time in the current role, drops any "-A" that comes off, and returns the new state. */
export function applyVariant(ctx: PlanContext, state: SimState, variant: MoveVariant): SimState {
  const scope = scopeOf(ctx, state);
  const { move, way, at } = variant;
  const to = ctx.graph.roles.get(move.to)!;
  const removals = apprenticeRemovals(scope, way.held, at);
  const courseItem: Draft[] = variant.course
    ? [
        {
          kind: "course",
          code: "course",
          label: variant.course,
          at,
          cost: 0,
          reason: () => `To move to ${to.title}. Its cost is not counted.`,
        },
      ]
    : [];
  const dwell = at - state.reachedAt;
  let experience = state.experience;
  if (dwell > 0 && scope.role.kinds.length) {
    experience = { ...state.experience };
    for (const kind of scope.role.kinds) experience[kind] += dwell;
  }
  const yearsMax = Math.max(dwell, move.yearsMax - state.roleCredit);
  const step: RawStep = {
    role: state.role,
    title: scope.role.title,
    startsAt: state.reachedAt,
    dwell,
    yearsMax,
    drafts: concat(state.entryItems, way.items, removals.items, courseItem),
  };
  return {
    role: move.to,
    reachedAt: at,
    cost: state.cost + way.cost,
    costIncomplete: state.costIncomplete || way.costUnknown,
    experience,
    yearsExperience: state.yearsExperience + dwell,
    held: removals.held,
    educationPlanned: way.educationPlanned,
    trail: { step, prev: state.trail },
    firstRole: state.firstRole,
    path: `${state.path}>${move.to}`,
    roleCredit: 0,
    entryItems: [],
    yearsMaxSum: state.yearsMaxSum + yearsMax,
  };
}

/** Joins item lists, reusing the only non-empty one (most steps earn nothing or earn from one source). */
function concat(...lists: Draft[][]): Draft[] {
  const nonEmpty = lists.filter((l) => l.length > 0);
  return nonEmpty.length === 0 ? EMPTY_DRAFTS : nonEmpty.length === 1 ? nonEmpty[0]! : nonEmpty.flat();
}
const EMPTY_DRAFTS: Draft[] = [];

/** Apprentice designations that come off during this step, at the earliest time each can. */
function apprenticeRemovals(scope: Scope, held: HeldSet, until: number): { items: Draft[]; held: HeldSet } {
  const items: Draft[] = [];
  let anyApprentice = false;
  for (let n = held; n; n = n.next) if (n.held.apprentice) anyApprentice = true;
  if (!anyApprentice) return { items, held };
  const scopeNow = { ...scope, held };
  let next = held;
  for (const [code, heldAs] of heldEntries(held)) {
    if (!heldAs.apprentice) continue;
    const credential = scope.ctx.graph.credentials.get(code);
    if (!credential) continue;
    let best: { at: number; route: PlannerRoute } | null = null;
    for (const route of credential.removeApprentice) {
      const time = removalTime(route, code, scopeNow);
      if (time === null) continue;
      const at = Math.max(time, heldAs.at);
      if (at <= until && (!best || at < best.at)) best = { at, route };
    }
    if (!best) continue;
    const { at, route } = best;
    next = withHeld(next, code, { at, apprentice: false });
    items.push({
      kind: "credential",
      code,
      label: `${credential.name}: the apprentice "-A" comes off`,
      at,
      cost: 0,
      reason: () => `${credential.body} removes the "-A" with ${lowerFirst(route.label)}.`,
    });
    if (route.course) {
      items.push({
        kind: "course",
        code: "course",
        label: route.course,
        at,
        cost: 0,
        reason: () => `Needed, with the experience, to remove ${code}-A. Its cost is not counted.`,
      });
    }
  }
  return { items, held: next };
}

/** Whether the path so far has passed through `role` (paths are short: walking the trail beats copying sets). */
export function hasVisited(state: SimState, role: string): boolean {
  if (state.role === role || state.firstRole === role) return true;
  for (let link = state.trail; link; link = link.prev) if (link.step.role === role) return true;
  return false;
}

/** What it takes to enter `role` from outside the ladder: the requirements of any move into it, one state per way. */
export function enterFromOutside(ctx: PlanContext, state: SimState, role: PlannerRole): SimState[] | Blocked {
  const routes = (ctx.graph.movesTo.get(role.slug) ?? []).flatMap((m) => m.routes);
  const base: SimState = { ...state, role: role.slug, firstRole: role.slug, path: role.slug };
  if (routes.length === 0) return [base];
  const outsider = { title: "someone new to HIM", kinds: [] };
  const scope: Scope = { ...scopeOf(ctx, base), role: outsider, working: false };
  const chain = chainFor(() => `To start as ${role.title}`);
  const reasons: (() => string)[] = [];
  const entries: SimState[] = [];
  for (const route of routes) {
    const ways = evalRoute(route, scope, chain, ctx.branchChoices);
    if (isBlocked(ways)) {
      reasons.push(ways.blocked);
      continue;
    }
    for (const way of ways) {
      entries.push({
        ...base,
        reachedAt: way.at,
        cost: way.cost,
        costIncomplete: way.costUnknown,
        held: way.held,
        educationPlanned: way.educationPlanned,
        entryItems: way.items,
      });
    }
  }
  return entries.length ? entries : { blocked: () => reasons.map((r) => r()).join("; or ") };
}
