import { addYears } from "@/lib/dates";
import { round1 } from "@/lib/math";
import { atLeast, educationLabel, yearsToReach } from "@/lib/ladder/education";
import type {
  EarnItem,
  Objective,
  PlannerCredential,
  PlannerGraph,
  PlannerMove,
  PlannerRole,
  PlannerRoute,
  PlanStep,
} from "@/lib/ladder/planner-types";
import {
  experienceKindLabels,
  experienceKinds,
  type EducationLevel,
  type ExperienceKind,
} from "@/lib/ladder/requirement-schema";
import { getHeld, heldEntries, withHeld, type Held, type HeldSet } from "@/lib/ladder/held-set";

// Scheduling one step of a path: given where the person stands when they enter a role, when can each requirement
// of the next move be met, and what must be earned, in what order? Experience of a kind accrues only in roles of
// that kind, so credentials such as CCDS or CHPS can only be scheduled after time in such a role. Education runs
// alongside work from today at its typical length. Pure.

const MAX_PREREQUISITE_DEPTH = 4;
/** Shared, never written to: most evaluations start with nothing being visited. */
const NO_VISITS: ReadonlySet<string> = new Set();

export type { Held };

export type SimState = {
  role: string;
  t: number;
  cost: number;
  costIncomplete: boolean;
  exp: Record<ExperienceKind, number>;
  total: number;
  held: HeldSet;
  /** Education levels already listed in the plan (each is planned once). */
  eduListed: ReadonlySet<EducationLevel>;
  /** The steps so far, newest first, as a shared linked list (copying arrays per state was the planner's cost). */
  trail: Trail | null;
  /** The first role of the path (the trail holds the rest). */
  firstRole: string;
  /** The roles so far, joined: two states with the same path lead to the same role sequences. */
  path: string;
  /** Time already spent in the first role, which shortens the first move's typical wait. */
  roleCredit: number;
  /** Items needed to enter the first role when the person starts outside the ladder. */
  entryItems: Draft[];
  yearsMaxSum: number;
};

export type PlanContext = {
  graph: PlannerGraph;
  objective: Objective;
  avoidCodes: Set<string>;
  avoidBodies: Set<string>;
  education: EducationLevel;
  asOf: string;
  /** Try each credential that could meet a requirement (exact on the ladder); off on very large graphs. */
  branchChoices: boolean;
};

/** A finished step, kept raw until a path is chosen; dates and sorting happen once, in `materialize`. */
type RawStep = { role: string; title: string; t0: number; dwell: number; yearsMax: number; drafts: Draft[] };
export type Trail = { step: RawStep; prev: Trail | null };

/** An item to earn; its reason is worded only if the item ends up in a returned path. */
/** What an item or a blocked requirement is for ("To move to Coding Auditor"), worded only when shown. */
type Purpose = () => string;

export type Draft = {
  kind: EarnItem["kind"];
  code: string;
  label: string;
  at: number;
  cost: number | null;
  reason: () => string;
};

/** What meeting a requirement takes: when, at what cost, what to earn, and what is held afterwards. */
type Fragment = {
  at: number;
  cost: number;
  costUnknown: boolean;
  items: Draft[];
  held: HeldSet;
  eduListed: ReadonlySet<EducationLevel>;
};
/** Why a requirement cannot be met; worded only when an explanation is needed. */
export type Blocked = { blocked: () => string };
const isBlocked = (x: unknown): x is Blocked => typeof x === "object" && x !== null && "blocked" in x;

export type Scope = {
  ctx: PlanContext;
  role: Pick<PlannerRole, "title" | "kinds">;
  /** False before the person's first HIM job: waiting then adds no experience. */
  working: boolean;
  t0: number;
  exp0: Record<ExperienceKind, number>;
  total0: number;
  held: HeldSet;
  eduListed: ReadonlySet<EducationLevel>;
  /** Answers of earnCredential already worked out in this step, by credential and what is held (made on first use). */
  memo: { map?: Map<string, Fragment | Blocked> };
};

function memoKey(code: string, s: Scope): string {
  let key = code;
  for (let n = s.held; n; n = n.next) key += `|${n.code}${n.held.apprentice ? "-A" : ""}@${n.held.at}`;
  for (const e of s.eduListed) key += `|${e}`;
  return key;
}

export const emptyExperience = (): Record<ExperienceKind, number> =>
  Object.fromEntries(experienceKinds.map((k) => [k, 0])) as Record<ExperienceKind, number>;

/** When `code` is (or will be) held, directly or through one that replaces it (an RHIA replaces the RHIT). */
function heldSince(graph: PlannerGraph, held: HeldSet, code: string): number | undefined {
  let since = getHeld(held, code)?.at;
  for (const other of graph.replacedBy.get(code) ?? []) {
    const h = getHeld(held, other);
    if (h) since = Math.min(since ?? Infinity, h.at);
  }
  return since;
}

export function holds(graph: PlannerGraph, held: HeldSet, code: string): boolean {
  return heldSince(graph, held, code) !== undefined;
}

function better(objective: Objective, a: { at: number; cost: number }, b: { at: number; cost: number }): boolean {
  if (objective === "cheapest") return a.cost < b.cost || (a.cost === b.cost && a.at < b.at);
  return a.at < b.at || (a.at === b.at && a.cost < b.cost);
}

function anyOf(codes: string[]): string {
  return codes.length <= 1 ? codes.join("") : `${codes.slice(0, -1).join(", ")} or ${codes.at(-1)}`;
}

/** "Pass the CPC" → "pass the CPC", but "RHIA plus…" stays as it is. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function years(n: number): string {
  const r = round1(n);
  return `${r} ${r === 1 ? "year" : "years"}`;
}

/**
 * When can every condition of `route` hold, counting from the scope's start, and what must be earned for it?
 * With `branch`, the first credential group that is not yet met yields one answer per credential that could meet
 * it (CPC or CCA), so the search can tell which choice pays off later; deeper choices take the best option.
 */
function evalRoute(
  route: PlannerRoute,
  s: Scope,
  purpose: Purpose,
  depth: number,
  visiting: ReadonlySet<string>,
  branch = false,
): Fragment[] | Blocked {
  const { ctx } = s;
  let at = s.t0;
  let eduListed = s.eduListed;
  const items: Draft[] = [];

  if (route.education && !atLeast(ctx.education, route.education)) {
    const done = yearsToReach(ctx.education, route.education);
    at = Math.max(at, done);
    if (!eduListed.has(route.education)) {
      const label = educationLabel(route.education, route.educationProgram);
      items.push({
        kind: "education",
        code: route.education,
        label,
        at: done,
        cost: 0,
        reason: () => `${purpose()} needs a ${lowerFirst(label)}. Started now, it is done in about ${years(done)}.`,
      });
      eduListed = new Set([...eduListed, route.education]);
    }
  }
  const minYears = route.minYears;
  if (minYears !== null && s.total0 < minYears) {
    if (!s.working) return { blocked: () => `${purpose()} needs ${years(minYears)} of experience` };
    at = Math.max(at, s.t0 + (minYears - s.total0));
  }
  if (route.experience) {
    const { kind, years: need } = route.experience;
    const have = s.exp0[kind];
    const accrues = s.role.kinds.includes(kind);
    const what = experienceKindLabels[kind];
    if (need === null) {
      if (have <= 0 && !accrues)
        return {
          blocked: () => `${purpose()} needs ${what} experience, and time as ${s.role.title} does not count toward it`,
        };
    } else if (have < need) {
      if (!accrues) {
        return {
          blocked: () =>
            `${purpose()} needs ${years(need)} of ${what} work; you have ${years(have)}, and time as ${s.role.title} does not count toward it`,
        };
      }
      at = Math.max(at, s.t0 + (need - have));
    }
  }

  let partials: Fragment[] = [{ at, cost: 0, costUnknown: false, items, held: s.held, eduListed }];
  let branchesLeft = branch;
  for (const group of route.credentials) {
    const next: Fragment[] = [];
    const reasons: (() => string)[] = [];
    let opened = false;
    for (const p of partials) {
      const heldNow = p.held;
      // Met by something held, or earned earlier in this route: not before it is in hand.
      let since = Infinity;
      for (const code of group) since = Math.min(since, heldSince(ctx.graph, heldNow, code) ?? Infinity);
      if (since !== Infinity) {
        next.push(since > p.at ? { ...p, at: since } : p);
        continue;
      }
      opened = true;
      const options: Fragment[] = [];
      for (const code of group) {
        const f = earnCredential(code, { ...s, held: heldNow, eduListed: p.eduListed }, purpose, depth, visiting);
        if (isBlocked(f)) reasons.push(f.blocked);
        else options.push(f);
      }
      const chosen = branchesLeft
        ? options
        : options.reduce<Fragment[]>((acc, f) => (acc[0] && !better(ctx.objective, f, acc[0]) ? acc : [f]), []);
      for (const f of chosen) {
        next.push({
          at: Math.max(p.at, f.at),
          cost: p.cost + f.cost,
          costUnknown: p.costUnknown || f.costUnknown,
          items: [...p.items, ...f.items],
          held: f.held,
          eduListed: f.eduListed,
        });
      }
    }
    if (opened) branchesLeft = false;
    if (next.length === 0) {
      return {
        blocked: () => {
          const unique = [...new Set(reasons.map((r) => r()))];
          return unique.length === 1
            ? unique[0]!
            : `${purpose()} needs ${anyOf(group)}, and none can be planned (${unique.join("; ")})`;
        },
      };
    }
    partials = next;
  }
  return partials;
}

/** The single best answer of a route (no branching). */
function evalRouteBest(
  route: PlannerRoute,
  s: Scope,
  purpose: Purpose,
  depth: number,
  visiting: ReadonlySet<string>,
): Fragment | Blocked {
  const r = evalRoute(route, s, purpose, depth, visiting);
  return isBlocked(r) ? r : r[0]!;
}

/** The earliest way to earn `code` from this scope, with its prerequisites first. */
function earnCredential(
  code: string,
  s: Scope,
  purpose: Purpose,
  depth: number,
  visiting: ReadonlySet<string>,
): Fragment | Blocked {
  // Only prerequisite chains repeat work worth remembering; a first-level answer is asked for once.
  if (depth === 0) return earnCredentialUncached(code, s, purpose, depth, visiting);
  const key = `${memoKey(code, s)}#${depth}#${[...visiting].join(",")}#${purpose()}`;
  s.memo.map ??= new Map();
  const known = s.memo.map.get(key);
  if (known) return known;
  const answer = earnCredentialUncached(code, s, purpose, depth, visiting);
  s.memo.map.set(key, answer);
  return answer;
}

function earnCredentialUncached(
  code: string,
  s: Scope,
  purpose: Purpose,
  depth: number,
  visiting: ReadonlySet<string>,
): Fragment | Blocked {
  const { ctx } = s;
  if (holds(ctx.graph, s.held, code))
    return { at: s.t0, cost: 0, costUnknown: false, items: [], held: s.held, eduListed: s.eduListed };
  const c = ctx.graph.credentials.get(code);
  if (!c) return { blocked: () => `${code} is not in the credential catalog` };
  if (!c.plannable) return { blocked: () => `${c.name} cannot be planned here` };
  if (ctx.avoidCodes.has(code)) return { blocked: () => `you asked to avoid ${code}` };
  if (ctx.avoidBodies.has(c.body)) return { blocked: () => `you asked to avoid ${c.body} credentials (${code})` };
  if (visiting.has(code) || depth > MAX_PREREQUISITE_DEPTH)
    return { blocked: () => `${code}'s prerequisites go round in a circle` };
  // Only a credential with prerequisites can lead back to itself.
  const inner = c.qualify.some((r) => r.credentials.length) ? new Set(visiting).add(code) : visiting;

  let best: Fragment | null = null;
  const reasons: (() => string)[] = [];
  for (const route of c.qualify) {
    const f = evalRouteBest(route, s, () => code, depth + 1, inner);
    if (isBlocked(f)) {
      reasons.push(f.blocked);
      continue;
    }
    const apprentice = c.hasApprenticeStatus && !removalMetBy(c, { ...s, held: f.held }, f.at);
    const fee = c.examFee;
    const eligible = lowerFirst(route.label);
    const item: Draft = {
      kind: "credential",
      code: apprentice ? `${code}-A` : code,
      label: apprentice ? `${c.name} (granted as ${code}-A)` : c.name,
      at: f.at,
      cost: fee,
      reason: () =>
        `${purpose() === code ? "" : `${purpose()}. `}Eligible: ${eligible}.` +
        (apprentice ? ` ${c.body} grants ${code}-A until the experience is shown; the "-A" comes off later.` : "") +
        (fee === null ? " No exam fee is recorded." : ""),
    };
    const candidate: Fragment = {
      at: f.at,
      cost: f.cost + (fee ?? 0),
      costUnknown: f.costUnknown || fee === null,
      items: [...f.items, item],
      held: withHeld(f.held, code, { at: f.at, apprentice }),
      eduListed: f.eduListed,
    };
    if (!best || better(ctx.objective, candidate, best)) best = candidate;
  }
  if (best) return best;
  return {
    blocked: () =>
      reasons.length ? `${code}: ${reasons.map((r) => r()).join("; or ")}` : `${code} has no route to eligibility`,
  };
}

/** Whether the "-A" could come off by time `at` from experience alone (routes with a course need the course first). */
function removalMetBy(c: PlannerCredential, s: Scope, at: number): boolean {
  return c.removeApprentice.some((r) => {
    if (r.course) return false;
    const f = evalRouteBest(r, s, () => c.code, MAX_PREREQUISITE_DEPTH, new Set([c.code]));
    return !isBlocked(f) && f.items.length === 0 && f.at <= at;
  });
}

/** Apprentice designations that come off during this step, at the earliest time each can. */
function apprenticeRemovals(s: Scope, held: HeldSet, until: number): { items: Draft[]; held: HeldSet } {
  const items: Draft[] = [];
  let anyApprentice = false;
  for (let n = held; n; n = n.next) if (n.held.apprentice) anyApprentice = true;
  if (!anyApprentice) return { items, held };
  let next = held;
  for (const [code, h] of heldEntries(held)) {
    if (!h.apprentice) continue;
    const c = s.ctx.graph.credentials.get(code);
    if (!c) continue;
    let best: { at: number; route: PlannerRoute } | null = null;
    for (const route of c.removeApprentice) {
      const f = evalRouteBest(route, { ...s, held }, () => code, MAX_PREREQUISITE_DEPTH, new Set([code]));
      if (isBlocked(f) || f.items.length > 0) continue;
      const at = Math.max(f.at, h.at);
      if (at <= until && (!best || at < best.at)) best = { at, route };
    }
    if (!best) continue;
    next = withHeld(next, code, { at: best.at, apprentice: false });
    items.push({
      kind: "credential",
      code,
      label: `${c.name}: the apprentice "-A" comes off`,
      at: best.at,
      cost: 0,
      reason: () => `${c.body} removes the "-A" with ${lowerFirst(best.route.label)}.`,
    });
    if (best.route.course) {
      items.push({
        kind: "course",
        code: "course",
        label: best.route.course,
        at: best.at,
        cost: 0,
        reason: () => `Needed, with the experience, to remove ${code}-A. Its cost is not counted.`,
      });
    }
  }
  return { items, held: next };
}

export function scopeOf(ctx: PlanContext, state: SimState): Scope {
  const role = ctx.graph.roles.get(state.role)!;
  return {
    ctx,
    role,
    working: true,
    t0: state.t,
    exp0: state.exp,
    total0: state.total,
    held: state.held,
    eduListed: state.eduListed,
    memo: {},
  };
}

function toEarnItems(ctx: PlanContext, drafts: Draft[], optional = false): EarnItem[] {
  const seen = new Set<string>();
  return drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.at - b.d.at || a.i - b.i)
    .filter(({ d }) => {
      const key = `${d.kind}:${d.code}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ d }) => ({
      kind: d.kind,
      code: d.code,
      label: d.label,
      atYear: round1(d.at),
      earliestDate: addYears(ctx.asOf, d.at),
      cost: d.cost,
      reason: d.reason(),
      ...(optional ? { optional: true } : {}),
    }));
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
  const earliest = state.t + Math.max(0, move.yearsMin - state.roleCredit);
  if (move.routes.length === 0) return earliest;
  let best = Infinity;
  for (const r of move.routes) {
    let at = earliest;
    if (r.education && !atLeast(ctx.education, r.education))
      at = Math.max(at, yearsToReach(ctx.education, r.education));
    if (r.minYears !== null && state.total < r.minYears) at = Math.max(at, state.t + (r.minYears - state.total));
    if (r.experience) {
      const have = state.exp[r.experience.kind];
      const need = r.experience.years ?? 0;
      if (have < need || (r.experience.years === null && have <= 0)) {
        if (!kinds.includes(r.experience.kind)) continue;
        at = Math.max(at, state.t + Math.max(0, need - have));
      }
    }
    best = Math.min(best, at);
  }
  return best;
}

/** One way of taking a move: what it needs and when it can happen; turned into a state only if the search gets to it. */
export type MoveVariant = { move: PlannerMove; f: Fragment; at: number; course: string | null };

/**
 * The ways to take a move from this state — one per route, and per credential where a group offers several — with
 * the time each arrives. Cheap: the full next state is built by `applyVariant`, only for variants the search picks.
 */
export function moveVariants(
  ctx: PlanContext,
  state: SimState,
  move: PlannerMove,
  scope?: Scope,
): MoveVariant[] | Blocked {
  const s = scope ?? scopeOf(ctx, state);
  const to = ctx.graph.roles.get(move.to)!;
  const earliest = state.t + Math.max(0, move.yearsMin - state.roleCredit);
  const empty: Fragment = {
    at: state.t,
    cost: 0,
    costUnknown: false,
    items: [],
    held: state.held,
    eduListed: state.eduListed,
  };
  const reasons: (() => string)[] = [];
  const variants: MoveVariant[] = [];
  for (const route of move.routes.length ? move.routes : [null]) {
    const fs = route ? evalRoute(route, s, () => `To move to ${to.title}`, 0, NO_VISITS, ctx.branchChoices) : [empty];
    if (isBlocked(fs)) reasons.push(fs.blocked);
    else for (const f of fs) variants.push({ move, f, at: Math.max(earliest, f.at), course: route?.course ?? null });
  }
  if (variants.length === 0) return { blocked: () => reasons.map((r) => r()).join("; or ") };
  if (variants.length === 1) return variants;
  const seen = new Set<string>();
  return variants.filter((v) => {
    const key = `${v.at}|${v.f.cost}|${heldEntries(v.f.held)
      .map(([c, h]) => `${c}${h.apprentice ? "-A" : ""}`)
      .sort()
      .join(",")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Takes the move: spends the time in the current role, drops any "-A" that comes off, and returns the new state. */
export function applyVariant(ctx: PlanContext, state: SimState, v: MoveVariant): SimState {
  return takeMove(ctx, state, scopeOf(ctx, state), v.move, v);
}

/** Joins item lists, reusing the only non-empty one (most steps earn nothing or earn from one source). */
function concat(...lists: Draft[][]): Draft[] {
  const nonEmpty = lists.filter((l) => l.length > 0);
  return nonEmpty.length === 0 ? EMPTY_DRAFTS : nonEmpty.length === 1 ? nonEmpty[0]! : nonEmpty.flat();
}
const EMPTY_DRAFTS: Draft[] = [];

function takeMove(
  ctx: PlanContext,
  state: SimState,
  s: Scope,
  move: PlannerMove,
  v: { f: Fragment; at: number; course: string | null },
): SimState {
  const to = ctx.graph.roles.get(move.to)!;
  const heldAfter = v.f.held;
  const removals = apprenticeRemovals(s, heldAfter, v.at);
  const courseItem: Draft[] = v.course
    ? [
        {
          kind: "course",
          code: "course",
          label: v.course,
          at: v.at,
          cost: 0,
          reason: () => `To move to ${to.title}. Its cost is not counted.`,
        },
      ]
    : [];
  const dwell = v.at - state.t;
  let exp = state.exp;
  if (dwell > 0 && s.role.kinds.length) {
    exp = { ...state.exp };
    for (const k of s.role.kinds) exp[k] += dwell;
  }
  const yearsMax = Math.max(dwell, move.yearsMax - state.roleCredit);
  const step: RawStep = {
    role: state.role,
    title: s.role.title,
    t0: state.t,
    dwell,
    yearsMax,
    drafts: concat(state.entryItems, v.f.items, removals.items, courseItem),
  };
  return {
    role: move.to,
    t: v.at,
    cost: state.cost + v.f.cost,
    costIncomplete: state.costIncomplete || v.f.costUnknown,
    exp,
    total: state.total + dwell,
    held: removals.held,
    eduListed: v.f.eduListed,
    trail: { step, prev: state.trail },
    firstRole: state.firstRole,
    path: `${state.path}>${move.to}`,
    roleCredit: 0,
    entryItems: [],
    yearsMaxSum: state.yearsMaxSum + yearsMax,
  };
}

/** Whether the path so far has passed through `role` (paths are short: walking the trail beats copying sets). */
export function hasVisited(state: SimState, role: string): boolean {
  if (state.role === role || state.firstRole === role) return true;
  for (let t = state.trail; t; t = t.prev) if (t.step.role === role) return true;
  return false;
}

/** The steps of a finished state, oldest first, with dates. */
export function materialize(ctx: PlanContext, state: SimState): PlanStep[] {
  const raw: RawStep[] = [];
  for (let t = state.trail; t; t = t.prev) raw.unshift(t.step);
  return raw.map((r) => ({
    role: r.role,
    title: r.title,
    startYear: round1(r.t0),
    startDate: addYears(ctx.asOf, r.t0),
    years: round1(r.dwell),
    yearsMax: round1(r.yearsMax),
    earn: toEarnItems(ctx, r.drafts),
  }));
}

/** The last step: the target role, with the credentials typical of it as optional next goals. */
export function arrivalStep(ctx: PlanContext, state: SimState): PlanStep {
  const s = scopeOf(ctx, state);
  const role = ctx.graph.roles.get(state.role)!;
  const optional: Draft[] = [];
  for (const code of role.typicalCredentials) {
    const f = earnCredential(code, s, () => `Typical for ${role.title}`, 0, NO_VISITS);
    if (!isBlocked(f)) optional.push(...f.items);
  }
  return {
    role: state.role,
    title: role.title,
    startYear: round1(state.t),
    startDate: addYears(ctx.asOf, state.t),
    years: 0,
    yearsMax: 0,
    earn: [...toEarnItems(ctx, state.entryItems), ...toEarnItems(ctx, optional, true)],
  };
}

/** What it takes to enter `role` from outside the ladder: the requirements of any move into it, one state per way. */
export function enterFromOutside(ctx: PlanContext, state: SimState, role: PlannerRole): SimState[] | Blocked {
  const routes = (ctx.graph.movesTo.get(role.slug) ?? []).flatMap((m) => m.routes);
  const base: SimState = { ...state, role: role.slug, firstRole: role.slug, path: role.slug };
  if (routes.length === 0) return [base];
  const s: Scope = { ...scopeOf(ctx, base), role: { title: "someone new to HIM", kinds: [] }, working: false };
  const reasons: (() => string)[] = [];
  const out: SimState[] = [];
  for (const route of routes) {
    const fs = evalRoute(route, s, () => `To start as ${role.title}`, 0, NO_VISITS, ctx.branchChoices);
    if (isBlocked(fs)) {
      reasons.push(fs.blocked);
      continue;
    }
    for (const f of fs) {
      out.push({
        ...base,
        t: f.at,
        cost: f.cost,
        costIncomplete: f.costUnknown,
        held: f.held,
        eduListed: f.eduListed,
        entryItems: f.items,
      });
    }
  }
  return out.length ? out : { blocked: () => reasons.map((r) => r()).join("; or ") };
}

export { isBlocked };
