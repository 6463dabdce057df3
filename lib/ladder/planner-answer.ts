import { round1 } from "@/lib/math";
import { EDUCATION_ASSUMPTION } from "@/lib/ladder/education";
import type { PersonState, PlannedPath, PlannerGraph, PlanOptions } from "@/lib/ladder/planner-types";
import { experienceKindLabels } from "@/lib/ladder/requirement-schema";
import { arrivalStep, materialize } from "@/lib/ladder/schedule-steps";
import type { PlanContext, SimState } from "@/lib/ladder/schedule-types";

// The answer the person reads: the paths found, dated and in the objective's order, and the assumptions they rest
// on, in words. Pure.

export function assumptionsFor(graph: PlannerGraph, person: PersonState): string[] {
  const assumptions = [
    "Time in each role is at least the typical minimum before the move (planning assumptions, not rules), " +
      "longer when a requirement takes more time.",
    EDUCATION_ASSUMPTION,
    "Exam fees are counted at non-member prices where both are listed; " +
      "membership dues, courses and tuition are not counted.",
  ];
  const current = person.currentRole ? graph.roles.get(person.currentRole) : undefined;
  if (current && !person.experience && person.yearsExperience > 0) {
    const kinds = current.kinds.map((k) => experienceKindLabels[k]).join(" and ");
    const years = person.yearsExperience;
    assumptions.push(
      kinds
        ? `Your ${years} years of experience are counted as ${kinds} work, the kind your current role does; ` +
            "give experience by kind to refine."
        : `Your ${years} years of experience count toward totals, not toward any specific kind of work.`,
    );
  }
  return assumptions;
}

function bestPayAssumption(horizonYears: number): string {
  return (
    `best_pay compares what each path is expected to pay, less exam fees, over the same ${horizonYears} years ` +
    "(the slowest path's length), at each role's median or, failing that, the midpoint of its range; " +
    "roles with no pay figure count as zero."
  );
}

/** A found state as the person reads it: its steps with dates, the arrival, and the totals. */
export function toPlannedPath(ctx: PlanContext, state: SimState): PlannedPath {
  const arrival = arrivalStep(ctx, state);
  return {
    steps: [...materialize(ctx, state), arrival],
    totalYears: round1(state.reachedAt),
    totalYearsMax: round1(Math.max(state.reachedAt, state.yearsMaxSum)),
    totalCost: Math.round(state.cost),
    costIncomplete: state.costIncomplete,
    endMedianPay: ctx.graph.roles.get(state.role)?.medianPay ?? null,
    endPaySource: ctx.graph.roles.get(state.role)?.medianSource ?? null,
  };
}

const byYears = (a: PlannedPath, b: PlannedPath) => a.totalYears - b.totalYears || a.totalCost - b.totalCost;
const byCost = (a: PlannedPath, b: PlannedPath) => a.totalCost - b.totalCost || a.totalYears - b.totalYears;

function rankByPay(graph: PlannerGraph, paths: PlannedPath[], horizon: number): PlannedPath[] {
  const pay = (slug: string) => graph.roles.get(slug)?.payEstimate ?? 0;
  return paths
    .map((path) => {
      let earned = 0;
      for (const step of path.steps.slice(0, -1)) earned += pay(step.role) * step.years;
      earned += pay(path.steps.at(-1)!.role) * Math.max(0, horizon - path.totalYears);
      return { ...path, earningsOverHorizon: Math.round(earned - path.totalCost) };
    })
    .sort((a, b) => b.earningsOverHorizon - a.earningsOverHorizon || a.totalYears - b.totalYears);
}

/**
 * The paths in the objective's order, at most k. best_pay ranks by pay over the slowest path's length (the
 * horizon, returned with the assumption that says so); the other objectives sort in place.
 */
export function orderPaths(
  graph: PlannerGraph,
  paths: PlannedPath[],
  opts: PlanOptions,
): { paths: PlannedPath[]; horizonYears?: number; assumption?: string } {
  if (opts.objective !== "best_pay") return { paths: paths.sort(opts.objective === "cheapest" ? byCost : byYears) };
  const horizonYears = Math.ceil(Math.max(...paths.map((p) => p.totalYears)));
  return {
    paths: rankByPay(graph, paths, horizonYears).slice(0, opts.k),
    horizonYears,
    assumption: bestPayAssumption(horizonYears),
  };
}
