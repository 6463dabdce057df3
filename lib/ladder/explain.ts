import type { PersonState, PlannerGraph, PlanOptions, PlanResult } from "@/lib/ladder/planner-types";

// Why no path was found, in words a person can act on: the graph has no way there, or a limit they set rules the
// ways out, or a requirement cannot be met (and which). Never an empty answer. Pure.

type Outcome = { blockers: Map<string, () => string>; overMaxYears: boolean };

function reachable(graph: PlannerGraph, from: string[]): Set<string> {
  const seen = new Set(from);
  const queue = [...from];
  while (queue.length) {
    const role = queue.shift()!;
    for (const m of graph.movesFrom.get(role) ?? []) {
      if (!seen.has(m.to)) {
        seen.add(m.to);
        queue.push(m.to);
      }
    }
  }
  return seen;
}

const title = (graph: PlannerGraph, slug: string) => graph.roles.get(slug)?.title ?? slug;
const list = (items: string[]) =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

export function explainNoPath(
  graph: PlannerGraph,
  person: PersonState,
  opts: PlanOptions,
  outcome: Outcome,
  replan: (o: PlanOptions) => PlanResult,
): string {
  const target = title(graph, opts.target);
  const minLevel = Math.min(...[...graph.roles.values()].map((r) => r.level));
  const starts = person.currentRole
    ? [person.currentRole]
    : [...graph.roles.values()].filter((r) => r.level === minLevel).map((r) => r.slug);
  const from = person.currentRole ? title(graph, person.currentRole) : "a first HIM job";

  if (!reachable(graph, starts).has(opts.target)) {
    const sources = (graph.movesTo.get(opts.target) ?? []).map((m) => title(graph, m.from));
    const onward = person.currentRole ? (graph.movesFrom.get(person.currentRole) ?? []) : [];
    const tail =
      sources.length === 0
        ? `${target} is an entry role: no move into it is recorded.`
        : `${target} is reached from ${list(sources)}.`;
    const deadEnd = person.currentRole && onward.length === 0 ? ` ${from} has no recorded moves onward.` : "";
    return `No sequence of moves on the ladder leads from ${from} to ${target}. ${tail}${deadEnd}`;
  }

  const constrained = opts.maxYears !== null || opts.avoidCredentials.length > 0 || opts.avoidBodies.length > 0;
  if (constrained) {
    const free = replan({ ...opts, objective: "fastest", k: 1, maxYears: null, avoidCredentials: [], avoidBodies: [] });
    const path = free.paths[0];
    if (path) {
      const reasons: string[] = [];
      if (opts.maxYears !== null && path.totalYears > opts.maxYears) {
        reasons.push(`the fastest path takes about ${path.totalYears} years, more than your limit of ${opts.maxYears}`);
      }
      const avoided = new Set(opts.avoidCredentials);
      const avoidedBodies = new Set(opts.avoidBodies);
      const needed = path.steps
        .flatMap((s) => s.earn)
        .filter((e) => e.kind === "credential" && !e.optional)
        .map((e) => e.code.replace(/-A$/, ""))
        .filter((code) => avoided.has(code) || avoidedBodies.has(graph.credentials.get(code)?.body ?? ""));
      if (needed.length) reasons.push(`the way there needs ${list([...new Set(needed)])}, which you asked to avoid`);
      if (reasons.length) return `No path to ${target} fits your limits: ${list(reasons)}. Relax a limit to see it.`;
    }
  }

  const into = [...outcome.blockers].filter(([k]) => k.endsWith(`→${opts.target}`)).map(([, v]) => v());
  const rest = [...outcome.blockers].filter(([k]) => !k.endsWith(`→${opts.target}`)).map(([, v]) => v());
  const reasons = [...new Set([...into, ...rest])].slice(0, 3);
  if (outcome.overMaxYears && opts.maxYears !== null)
    reasons.push(`paths that would work take more than ${opts.maxYears} years`);
  if (reasons.length === 0) return `No path to ${target} could be planned from ${from}.`;
  const sentences = reasons.map((r) => `${r.charAt(0).toUpperCase()}${r.slice(1)}.`).join(" ");
  return `No path to ${target} can be planned from where you stand. ${sentences}`;
}
