import { addYears } from "@/lib/dates";
import { round1 } from "@/lib/math";
import { atLeast, educationLabel } from "@/lib/ladder/education";
import type { PersonState, PlannerGraph, PlannerRoute } from "@/lib/ladder/planner-types";
import { experienceByKind } from "@/lib/ladder/experience";
import { experienceKindLabels, type ExperienceKind } from "@/lib/ladder/requirement-schema";

// Can this person sit this exam now? `eligible`; `not_yet` when staying in their current role is all it takes
// (with the date); `blocked` when they must do something else first (with what, per route). Pure.

export type Eligibility =
  | { code: string; status: "eligible"; held: boolean; route: string | null }
  | { code: string; status: "not_yet"; earliestDate: string; missing: string[]; route: string }
  | { code: string; status: "blocked"; unblock: { route: string; needs: string[] }[] };

function more(n: number, what: string): string {
  const r = round1(n);
  return `${r} more ${r === 1 ? "year" : "years"} of ${what}`;
}

type RouteCheck = { waitYears: number; timeMissing: string[]; actions: string[] };

function checkRoute(
  graph: PlannerGraph,
  person: PersonState,
  route: PlannerRoute,
  experience: Record<ExperienceKind, number>,
): RouteCheck {
  const current = person.currentRole ? graph.roles.get(person.currentRole) : undefined;
  const heldCodes = new Set(person.credentials.map((c) => c.code));
  const held = (code: string) =>
    heldCodes.has(code) || [...heldCodes].some((h) => graph.credentials.get(h)?.replaces.includes(code));
  const out: RouteCheck = { waitYears: 0, timeMissing: [], actions: [] };
  if (route.education && !atLeast(person.education, route.education)) {
    out.actions.push(
      `a ${educationLabel(route.education, route.educationProgram).replace(/^./, (c) => c.toLowerCase())}`,
    );
  }
  for (const group of route.credentials) {
    if (!group.some(held))
      out.actions.push(group.length === 1 ? `hold ${group[0]}` : `hold one of ${group.join(", ")}`);
  }
  if (route.minYears !== null && person.yearsExperience < route.minYears) {
    const gap = route.minYears - person.yearsExperience;
    if (current) {
      out.waitYears = Math.max(out.waitYears, gap);
      out.timeMissing.push(more(gap, "experience"));
    } else out.actions.push(more(gap, "HIM experience"));
  }
  for (const condition of [route.experience, route.experienceWithin]) {
    if (!condition) continue;
    const { kind, years } = condition;
    const need = years ?? 0;
    const what = experienceKindLabels[kind];
    if (experience[kind] < need || (years === null && experience[kind] <= 0)) {
      const gap = Math.max(need - experience[kind], 0);
      if (current?.kinds.includes(kind) && years !== null) {
        out.waitYears = Math.max(out.waitYears, gap);
        out.timeMissing.push(more(gap, `${what} work`));
      } else {
        out.actions.push(
          years === null
            ? `experience in ${what} work`
            : `${more(gap, `${what} work`)}, in a role that counts toward it`,
        );
      }
    }
  }
  if (route.currentWork && !current?.kinds.includes(route.currentWork))
    out.actions.push(`work in ${experienceKindLabels[route.currentWork]} (the exam is for people doing that work now)`);
  if (route.course) out.actions.push(route.course);
  return out;
}

export function credentialEligibility(
  graph: PlannerGraph,
  person: PersonState,
  code: string,
  asOf: string,
): Eligibility {
  const credential = graph.credentials.get(code);
  if (!credential) throw new Error(`Unknown credential ${code}`);
  if (person.credentials.some((c) => c.code === code)) return { code, status: "eligible", held: true, route: null };
  if (!credential.plannable || credential.qualify.length === 0) {
    return {
      code,
      status: "blocked",
      unblock: [{ route: credential.name, needs: ["a licence or route HIM Pathways does not plan"] }],
    };
  }
  const experience = experienceByKind(graph, person);
  const checks = credential.qualify.map((route) => ({ route, check: checkRoute(graph, person, route, experience) }));
  const open = checks.find((c) => c.check.actions.length === 0 && c.check.waitYears === 0);
  if (open) return { code, status: "eligible", held: false, route: open.route.label };
  const waiting = checks
    .filter((c) => c.check.actions.length === 0)
    .sort((a, b) => a.check.waitYears - b.check.waitYears)[0];
  if (waiting) {
    return {
      code,
      status: "not_yet",
      earliestDate: addYears(asOf, waiting.check.waitYears),
      missing: waiting.check.timeMissing,
      route: waiting.route.label,
    };
  }
  return {
    code,
    status: "blocked",
    unblock: checks.map((c) => ({ route: c.route.label, needs: [...c.check.actions, ...c.check.timeMissing] })),
  };
}
