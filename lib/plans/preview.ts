import { todayIso } from "@/lib/dates";
import { planPaths, PlannerInputError } from "@/lib/ladder/planner";
import { getPlannerGraph } from "@/lib/ladder/planner-queries";
import type { PersonState, PlanOptions, PlanResult } from "@/lib/ladder/planner-types";
import { AppError, parseOrThrow, type FieldIssue } from "@/lib/errors";
import { planRequestSchema, type PlanRequest } from "@/lib/plans/validation";

export type PlanPreview = PlanResult & { asOf: string; request: PlanRequest };

/** Plans paths for a request (the JSON API, the planner page and saved plans all come through here). */
export async function previewPlan(input: unknown, asOf: string = todayIso()): Promise<PlanPreview> {
  const request = parseOrThrow(planRequestSchema, input);
  const graph = await getPlannerGraph();
  const issues: FieldIssue[] = [];
  if (!graph.roles.has(request.target))
    issues.push({ path: "target", message: `No role "${request.target}" on the ladder.` });
  if (request.currentRole && !graph.roles.has(request.currentRole)) {
    issues.push({ path: "currentRole", message: `No role "${request.currentRole}" on the ladder.` });
  }
  request.credentials.forEach((c, i) => {
    if (!graph.credentials.has(c.code))
      issues.push({ path: `credentials.${i}.code`, message: `No credential "${c.code}" in the catalog.` });
    if (c.earnedOn > asOf)
      issues.push({ path: `credentials.${i}.earnedOn`, message: "A credential cannot be earned in the future." });
  });
  request.avoidCredentials.forEach((c, i) => {
    if (!graph.credentials.has(c))
      issues.push({ path: `avoidCredentials.${i}`, message: `No credential "${c}" in the catalog.` });
  });
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
  try {
    return { ...planPaths(graph, person, opts), asOf, request };
  } catch (err) {
    if (err instanceof PlannerInputError) throw AppError.validation([{ path: err.field, message: err.message }]);
    throw err;
  }
}
