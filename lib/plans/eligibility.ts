import { credentialEligibility, type Eligibility } from "@/lib/ladder/eligibility";
import { todayIso } from "@/lib/dates";
import { getPlannerGraph } from "@/lib/ladder/planner-queries";
import { AppError, parseOrThrow, type FieldIssue } from "@/lib/errors";
import { planRequestSchema } from "@/lib/plans/validation";

// "Can I sit this exam?" for a person's state: the JSON API and the credential page both come through here.

export const eligibilityRequestSchema = planRequestSchema
  .pick({
    currentRole: true,
    education: true,
    yearsExperience: true,
    yearsInRole: true,
    experience: true,
    credentials: true,
  })
  .strict();

export async function checkEligibility(code: string, input: unknown, asOf: string = todayIso()): Promise<Eligibility> {
  const request = parseOrThrow(eligibilityRequestSchema, input);
  const graph = await getPlannerGraph();
  if (!graph.credentials.has(code))
    throw new AppError("not_found", `No credential "${code}". GET /api/v1/credentials lists them.`);
  const issues: FieldIssue[] = [];
  if (request.currentRole && !graph.roles.has(request.currentRole)) {
    issues.push({ path: "currentRole", message: `No role "${request.currentRole}" on the ladder.` });
  }
  request.credentials.forEach((c, i) => {
    if (!graph.credentials.has(c.code))
      issues.push({ path: `credentials.${i}.code`, message: `No credential "${c.code}" in the catalog.` });
  });
  if (issues.length) throw AppError.validation(issues);
  return credentialEligibility(graph, request, code, asOf);
}
