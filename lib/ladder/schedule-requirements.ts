import { getHeld, withHeld, type HeldSet } from "@/lib/ladder/held-set";
import type { PlannerCredential, PlannerGraph, PlannerRoute } from "@/lib/ladder/planner-types";
import { meetTimeConditions } from "@/lib/ladder/schedule-conditions";
import {
  better,
  isBlocked,
  type Blocked,
  type Chain,
  type Draft,
  type Purpose,
  type Scope,
  type Way,
} from "@/lib/ladder/schedule-types";
import { anyOf, lowerFirst } from "@/lib/ladder/schedule-words";

// Meeting a route from a scope: its time conditions first, then each credential group, earning what is missing
// with its own prerequisites first (so CCDS or CHPS come only after time in a role of their kind). Pure.

const MAX_PREREQUISITE_DEPTH = 4;
/** Shared, never written to: most evaluations start with nothing being visited. */
const NO_VISITS: ReadonlySet<string> = new Set();

/** The start of a chain: a requirement of a move or a role, not of another credential. */
export const chainFor = (purpose: Purpose): Chain => ({ purpose, depth: 0, visiting: NO_VISITS });

/** When `code` is (or will be) held, directly or through one that replaces it (an RHIA replaces the RHIT). */
function heldSince(graph: PlannerGraph, held: HeldSet, code: string): number | undefined {
  let since = getHeld(held, code)?.at;
  for (const other of graph.replacedBy.get(code) ?? []) {
    const replacement = getHeld(held, other);
    if (replacement) since = Math.min(since ?? Infinity, replacement.at);
  }
  return since;
}

/**
 * When can every condition of `route` hold, counting from the scope's start, and what must be earned for it?
 * With `branch`, the first credential group that is not yet met yields one answer per credential that could meet
 * it (CPC or CCA), so the search can tell which choice pays off later; deeper choices take the best option.
 */
export function evalRoute(route: PlannerRoute, scope: Scope, chain: Chain, branch = false): Way[] | Blocked {
  const { ctx } = scope;
  const start = meetTimeConditions(route, scope, chain.purpose);
  if (isBlocked(start)) return start;
  let ways: Way[] = [start];
  let branchesLeft = branch;
  for (const group of route.credentials) {
    const next: Way[] = [];
    const reasons: (() => string)[] = [];
    let opened = false;
    for (const partial of ways) {
      // Met by something held, or earned earlier in this route: not before it is in hand.
      let since = Infinity;
      for (const code of group) since = Math.min(since, heldSince(ctx.graph, partial.held, code) ?? Infinity);
      if (since !== Infinity) {
        next.push(since > partial.at ? { ...partial, at: since } : partial);
        continue;
      }
      opened = true;
      const options: Way[] = [];
      const scopeNow = { ...scope, held: partial.held, educationPlanned: partial.educationPlanned };
      for (const code of group) {
        const earned = earnCredential(code, scopeNow, chain);
        if (isBlocked(earned)) reasons.push(earned.blocked);
        else options.push(earned);
      }
      const chosen = branchesLeft
        ? options
        : options.reduce<Way[]>(
            (acc, option) => (acc[0] && !better(ctx.objective, option, acc[0]) ? acc : [option]),
            [],
          );
      for (const option of chosen) {
        next.push({
          at: Math.max(partial.at, option.at),
          cost: partial.cost + option.cost,
          costUnknown: partial.costUnknown || option.costUnknown,
          items: [...partial.items, ...option.items],
          held: option.held,
          educationPlanned: option.educationPlanned,
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
            : `${chain.purpose()} needs ${anyOf(group)}, and none can be planned (${unique.join("; ")})`;
        },
      };
    }
    ways = next;
  }
  return ways;
}

/** The single best answer of a route (no branching). */
function evalRouteBest(route: PlannerRoute, scope: Scope, chain: Chain): Way | Blocked {
  const ways = evalRoute(route, scope, chain);
  return isBlocked(ways) ? ways : ways[0]!;
}

/** Identifies an answer of earnCredential within one step: the credential, what is held and what is planned. */
function memoKey(code: string, scope: Scope): string {
  let key = code;
  for (let n = scope.held; n; n = n.next) key += `|${n.code}${n.held.apprentice ? "-A" : ""}@${n.held.at}`;
  for (const level of scope.educationPlanned) key += `|${level}`;
  return key;
}

/** The earliest way to earn `code` from this scope, with its prerequisites first. */
export function earnCredential(code: string, scope: Scope, chain: Chain): Way | Blocked {
  // Only prerequisite chains repeat work worth remembering; a first-level answer is asked for once.
  if (chain.depth === 0) return earnCredentialUncached(code, scope, chain);
  const key = `${memoKey(code, scope)}#${chain.depth}#${[...chain.visiting].join(",")}#${chain.purpose()}`;
  scope.memo.map ??= new Map();
  const known = scope.memo.map.get(key);
  if (known) return known;
  const answer = earnCredentialUncached(code, scope, chain);
  scope.memo.map.set(key, answer);
  return answer;
}

function earnCredentialUncached(code: string, scope: Scope, chain: Chain): Way | Blocked {
  const { ctx } = scope;
  if (heldSince(ctx.graph, scope.held, code) !== undefined) {
    const { startsAt: at, held, educationPlanned } = scope;
    return { at, cost: 0, costUnknown: false, items: [], held, educationPlanned };
  }
  const credential = ctx.graph.credentials.get(code);
  if (!credential) return { blocked: () => `${code} is not in the credential catalog` };
  if (!credential.plannable) return { blocked: () => `${credential.name} cannot be planned here` };
  if (ctx.avoidCodes.has(code)) return { blocked: () => `you asked to avoid ${code}` };
  const { body } = credential;
  if (ctx.avoidBodies.has(body)) return { blocked: () => `you asked to avoid ${body} credentials (${code})` };
  if (chain.visiting.has(code) || chain.depth > MAX_PREREQUISITE_DEPTH)
    return { blocked: () => `${code}'s prerequisites go round in a circle` };
  // Only a credential with prerequisites can lead back to itself.
  const hasPrerequisites = credential.qualify.some((r) => r.credentials.length);
  const visiting = hasPrerequisites ? new Set(chain.visiting).add(code) : chain.visiting;
  const prerequisites: Chain = { purpose: () => code, depth: chain.depth + 1, visiting };

  let best: Way | null = null;
  const reasons: (() => string)[] = [];
  for (const route of credential.qualify) {
    const eligible = evalRouteBest(route, scope, prerequisites);
    if (isBlocked(eligible)) {
      reasons.push(eligible.blocked);
      continue;
    }
    const candidate = takeExam(credential, route, eligible, scope, chain.purpose);
    if (!best || better(ctx.objective, candidate, best)) best = candidate;
  }
  if (best) return best;
  return {
    blocked: () =>
      reasons.length ? `${code}: ${reasons.map((r) => r()).join("; or ")}` : `${code} has no route to eligibility`,
  };
}

/** `eligible` continued by the exam itself, granted as "-A" where the experience to drop it is not there yet. */
function takeExam(
  credential: PlannerCredential,
  route: PlannerRoute,
  eligible: Way,
  scope: Scope,
  purpose: Purpose,
): Way {
  const { code, name, body, examFee: fee } = credential;
  const apprentice =
    credential.hasApprenticeStatus && !removalMetBy(credential, { ...scope, held: eligible.held }, eligible.at);
  const eligibleBy = lowerFirst(route.label);
  const item: Draft = {
    kind: "credential",
    code: apprentice ? `${code}-A` : code,
    label: apprentice ? `${name} (granted as ${code}-A)` : name,
    at: eligible.at,
    cost: fee,
    reason: () =>
      `${purpose() === code ? "" : `${purpose()}. `}Eligible: ${eligibleBy}.` +
      (apprentice ? ` ${body} grants ${code}-A until the experience is shown; the "-A" comes off later.` : "") +
      (fee === null ? " No exam fee is recorded." : ""),
  };
  return {
    at: eligible.at,
    cost: eligible.cost + (fee ?? 0),
    costUnknown: eligible.costUnknown || fee === null,
    items: [...eligible.items, item],
    held: withHeld(eligible.held, code, { at: eligible.at, apprentice }),
    educationPlanned: eligible.educationPlanned,
  };
}

/** When a removal route of `code`'s "-A" is met from `scope` with nothing more to earn; null when it is not. */
export function removalTime(route: PlannerRoute, code: string, scope: Scope): number | null {
  const removal: Chain = { purpose: () => code, depth: MAX_PREREQUISITE_DEPTH, visiting: new Set([code]) };
  const way = evalRouteBest(route, scope, removal);
  return isBlocked(way) || way.items.length > 0 ? null : way.at;
}

/** Whether the "-A" could come off by time `at` from experience alone (routes with a course need the course first). */
function removalMetBy(credential: PlannerCredential, scope: Scope, at: number): boolean {
  return credential.removeApprentice.some((route) => {
    if (route.course) return false;
    const time = removalTime(route, credential.code, scope);
    return time !== null && time <= at;
  });
}
