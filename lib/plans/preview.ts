import { todayIso } from "@/lib/dates";
import { AppError, parseOrThrow } from "@/lib/errors";
import { planPaths } from "@/lib/ladder/planner";
import { getPlannerGraph } from "@/lib/ladder/planner-queries";
import type { PersonState, PlanOptions, PlanResult } from "@/lib/ladder/planner-types";
import { planRequestIssues } from "@/lib/plans/request-issues";
import { planRequestSchema, type PlanRequest } from "@/lib/plans/validation";

export type PlanPreview = PlanResult & { asOf: string; request: PlanRequest };

/** Plans paths for a request (the JSON API, the planner page and saved plans all come through here). */
export async function previewPlan(input: unknown, asOf: string = todayIso()): Promise<PlanPreview> {
  const request = parseOrThrow(planRequestSchema, input);
  const graph = await getPlannerGraph();
  const issues = planRequestIssues(graph, request, asOf);
  if (issues.length) throw AppError.validation(issues);

  const person: PersonState = {
    currentRole: request.currentRole,
    education: request.education,
    yearsExperience: request.yearsExperience,
    yearsInRole: request.yearsInRole,
    experience: request.experience,
    credentials: request.credentials,
  };
  const opts: PlanOptions = {
    target: request.target,
    objective: request.objective,
    k: request.k,
    avoidCredentials: request.avoidCredentials,
    avoidBodies: request.avoidBodies,
    maxYears: request.maxYears,
    asOf,
  };
  return { ...planPaths(graph, person, opts), asOf, request };
}
