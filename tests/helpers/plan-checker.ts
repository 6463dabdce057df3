import { educationRank } from "@/lib/ladder/education";
import type { PersonState, PlannedPath, PlannerGraph, PlannerRoute, PlanOptions } from "@/lib/ladder/planner-types";
import { experienceKinds, type EducationLevel, type ExperienceKind } from "@/lib/ladder/requirement-schema";

// An independent replay of a planned path: walks it year by year and checks every move exists and every move's and
// every credential's requirements hold at the moment the plan uses them. Written separately from the planner so a
// planner bug cannot hide behind its own logic.

const TOL = 0.11; // years are rounded to one decimal in the output

/** Where the replay stands at the start of a step: experience counts up from there in the step's role. */
type Replay = {
  education: { level: EducationLevel; at: number }[];
  held: Map<string, { apprentice: boolean }>;
  experience: Record<ExperienceKind, number>;
  yearsExperience: number;
  stepStart: number;
  kinds: ExperienceKind[];
};

function educationRankAt(replay: Replay, at: number): number {
  return Math.max(...replay.education.filter((e) => e.at <= at + TOL).map((e) => educationRank[e.level]));
}

function holds(graph: PlannerGraph, replay: Replay, code: string) {
  if (replay.held.has(code)) return true;
  return [...replay.held.keys()].some((h) => graph.credentials.get(h)?.replaces.includes(code));
}

function routeHolds(graph: PlannerGraph, replay: Replay, route: PlannerRoute, at: number): boolean {
  if (route.education && educationRankAt(replay, at) < educationRank[route.education]) return false;
  const elapsed = Math.max(0, at - replay.stepStart);
  if (route.minYears !== null && replay.yearsExperience + elapsed < route.minYears - TOL) return false;
  for (const condition of [route.experience, route.experienceWithin]) {
    if (!condition) continue;
    const { kind, years } = condition;
    const have = replay.experience[kind] + (replay.kinds.includes(kind) ? elapsed : 0);
    if (years === null ? have <= 0 && !replay.kinds.includes(kind) : have < years - TOL) return false;
  }
  if (route.currentWork && !replay.kinds.includes(route.currentWork)) return false;
  return route.credentials.every((group) => group.some((c) => holds(graph, replay, c)));
}

export function checkPath(graph: PlannerGraph, person: PersonState, opts: PlanOptions, path: PlannedPath): string[] {
  const problems: string[] = [];
  const steps = path.steps;
  const roles = steps.map((s) => s.role);
  const first = graph.roles.get(roles[0]!);
  if (person.currentRole) {
    if (roles[0] !== person.currentRole) problems.push(`starts at ${roles[0]}, not the current role`);
  } else {
    const minLevel = Math.min(...[...graph.roles.values()].map((r) => r.level));
    if (first?.level !== minLevel) problems.push(`starts outside the ladder at ${roles[0]}, not an entry-level role`);
  }
  if (roles.at(-1) !== opts.target) problems.push(`ends at ${roles.at(-1)}, not the target`);
  if (new Set(roles).size !== roles.length) problems.push(`visits a role twice: ${roles.join(" > ")}`);

  const experience = Object.fromEntries(experienceKinds.map((k) => [k, 0])) as Record<ExperienceKind, number>;
  if (person.experience) for (const k of experienceKinds) experience[k] = person.experience[k] ?? 0;
  else if (person.currentRole)
    for (const k of graph.roles.get(person.currentRole)!.kinds) experience[k] = person.yearsExperience;
  // A year of outpatient CDI is a year of CDI too.
  experience.cdi = Math.max(experience.cdi, experience.cdi_outpatient);
  const replay: Replay = {
    education: [{ level: person.education, at: -Infinity }],
    held: new Map(person.credentials.map((c) => [c.code, { apprentice: false }])),
    experience,
    yearsExperience: person.yearsExperience,
    stepStart: 0,
    kinds: [],
  };
  const avoid = new Set(opts.avoidCredentials);
  const avoidBodies = new Set(opts.avoidBodies);
  let cost = 0;
  let costIncomplete = false;

  steps.forEach((step, i) => {
    const role = graph.roles.get(step.role);
    if (!role) return void problems.push(`unknown role ${step.role}`);
    replay.stepStart = step.startYear;
    replay.kinds = role.kinds;
    if (i > 0 && Math.abs(step.startYear - (steps[i - 1]!.startYear + steps[i - 1]!.years)) > TOL) {
      problems.push(`step ${i} starts at ${step.startYear}, not where step ${i - 1} ends`);
    }
    for (const item of step.earn) {
      if (item.kind === "education") {
        replay.education.push({ level: item.code as EducationLevel, at: item.atYear });
        continue;
      }
      if (item.kind !== "credential") continue;
      const code = item.code.replace(/-A$/, "");
      const credential = graph.credentials.get(code);
      if (!credential) {
        problems.push(`unknown credential ${item.code}`);
        continue;
      }
      if (avoid.has(code) || avoidBodies.has(credential.body)) problems.push(`${code} was to be avoided`);
      if (!credential.plannable) problems.push(`${code} cannot be planned`);
      const removal = replay.held.get(code)?.apprentice === true && !item.code.endsWith("-A");
      const routes = removal ? credential.removeApprentice : credential.qualify;
      if (!routes.some((route) => routeHolds(graph, { ...replay }, { ...route, course: null }, item.atYear))) {
        problems.push(
          `${item.code} at year ${item.atYear} in ${step.role}: no ${removal ? "removal" : "eligibility"} route holds`,
        );
      }
      if (item.atYear < step.startYear - TOL && i > 0) problems.push(`${item.code} is dated before its step starts`);
      replay.held.set(code, { apprentice: item.code.endsWith("-A") });
      if (!item.optional) {
        cost += item.cost ?? 0;
        if (item.cost === null) costIncomplete = true;
      }
    }
    if (i === 0 && !person.currentRole) {
      const entry = (graph.movesTo.get(step.role) ?? []).flatMap((m) => m.routes);
      if (entry.length && !entry.some((route) => routeHolds(graph, { ...replay, kinds: [] }, route, step.startYear))) {
        problems.push(`cannot start as ${step.role}: no entry route holds`);
      }
    }
    const nextRole = steps[i + 1]?.role;
    if (nextRole) {
      const move = graph.movesFrom.get(step.role)?.find((m) => m.to === nextRole);
      if (!move) return void problems.push(`no move ${step.role} → ${nextRole}`);
      const credit = i === 0 && person.currentRole ? (person.yearsInRole ?? person.yearsExperience) : 0;
      if (step.years < move.yearsMin - credit - TOL)
        problems.push(`${step.role}: ${step.years} years is under the move's minimum`);
      const at = step.startYear + step.years;
      if (
        move.routes.length &&
        !move.routes.some((route) => routeHolds(graph, replay, { ...route, course: null }, at))
      ) {
        problems.push(`move ${step.role} → ${nextRole} at year ${at}: no route holds`);
      }
      const elapsed = step.years;
      for (const k of role.kinds) replay.experience[k] += elapsed;
      replay.yearsExperience += elapsed;
    }
  });
  if (Math.abs(path.totalYears - steps.at(-1)!.startYear) > TOL)
    problems.push(`totalYears ${path.totalYears} ≠ arrival`);
  if (Math.abs(path.totalCost - cost) > 1) problems.push(`totalCost ${path.totalCost} ≠ sum of fees ${cost}`);
  if (path.costIncomplete !== costIncomplete)
    problems.push(`costIncomplete is ${path.costIncomplete}, expected ${costIncomplete}`);
  if (opts.maxYears !== null && path.totalYears > opts.maxYears + TOL)
    problems.push(`takes ${path.totalYears} > maxYears`);
  return problems;
}

export function sortedByObjective(paths: PlannedPath[], objective: PlanOptions["objective"]): boolean {
  return paths.every((p, i) => {
    if (i === 0) return true;
    const previous = paths[i - 1]!;
    if (objective === "fastest") return previous.totalYears <= p.totalYears;
    if (objective === "cheapest") return previous.totalCost <= p.totalCost;
    return (previous.earningsOverHorizon ?? 0) >= (p.earningsOverHorizon ?? 0);
  });
}
