import type { FieldIssue } from "@/lib/errors";
import type { PlannerGraph } from "@/lib/ladder/planner-types";
import type { PlanRequest } from "@/lib/plans/validation";

// What the request schema cannot know: whether the roles and credentials a plan request names are on the ladder,
// and whether each credential was earned by `asOf`. The planner trusts its input; this is the one check of it. Pure.

export function planRequestIssues(graph: PlannerGraph, request: PlanRequest, asOf: string): FieldIssue[] {
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
  request.avoidCredentials.forEach((code, i) => {
    if (!graph.credentials.has(code))
      issues.push({ path: `avoidCredentials.${i}`, message: `No credential "${code}" in the catalog.` });
  });
  return issues;
}
