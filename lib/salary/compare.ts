import type { ProjectionRequest } from "@/lib/salary/projection";
import type { Projection } from "@/lib/salary/types";

// Plans side by side: the rows the compare charts draw (one column per plan), the roles the plans pass through, and
// their sources and caveats merged. Pure, so the panel only lays things out.

/** A year's figures, one column per plan (`p0`, `p1`…), and `stay` for staying put where it is shown. */
export type CompareRow = { year: number } & Record<string, number | null>;

type PlanRoute = Pick<ProjectionRequest, "currentRole" | "path">;

/** Every role a person holds on any of the plans, the starting role first, each once. */
export function rolesOnPlans(plans: PlanRoute[]): string[] {
  const roles = plans.flatMap((p) => [p.currentRole, ...p.path.steps.map((s) => s.role)]);
  return [...new Set(roles.filter((r): r is string => !!r))];
}

/** Staying put only means one thing when every plan starts from the same role. */
export const sameStart = (plans: PlanRoute[]) => new Set(plans.map((p) => p.currentRole)).size === 1;

const planColumns = (projections: Projection[], pick: (p: Projection) => number | null | undefined) =>
  Object.fromEntries(projections.map((p, i) => [`p${i}`, pick(p) ?? null]));

/** Each plan's expected pay, year by year. */
export function comparePayRows(projections: Projection[], horizon: number): CompareRow[] {
  return Array.from({ length: horizon }, (_, y) => ({
    year: y,
    ...planColumns(projections, (p) => p.years[y]?.pay),
  }));
}

/** Each plan's cumulative earnings less costs, and staying put's (from the first plan) when `withStay`. */
export function compareCumulativeRows(projections: Projection[], horizon: number, withStay: boolean): CompareRow[] {
  return Array.from({ length: horizon }, (_, y) => ({
    year: y,
    ...planColumns(projections, (p) => p.cumulative[y]?.plan),
    stay: withStay ? (projections[0]?.cumulative[y]?.stay ?? null) : null,
  }));
}

/** The first projection with every plan's sources and caveats, each once: the notes beneath a shared chart. */
export function mergeNotes(projections: Projection[]): Projection {
  return {
    ...projections[0]!,
    sources: [...new Map(projections.flatMap((p) => p.sources).map((s) => [s.key, s])).values()],
    notes: [...new Set(projections.flatMap((p) => p.notes))],
  };
}
