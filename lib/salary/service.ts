import { getProfile } from "@/lib/accounts/queries";
import { AppError, parseOrThrow, type FieldIssue } from "@/lib/errors";
import { todayIso } from "@/lib/dates";
import { getPlan } from "@/lib/plans/queries";
import { heldAt, planProjectionInputs } from "@/lib/salary/plan-inputs";
import { project } from "@/lib/salary/projection";
import { getPayContext } from "@/lib/salary/queries";
import type { PayContext, Projection, ProjectionPath } from "@/lib/salary/types";
import {
  assumptionsFromQuery,
  assumptionsSchema,
  projectionBodySchema,
  type AssumptionsInput,
} from "@/lib/salary/validation";

// The projection's doors: a path sent in a request (POST /api/v1/projection) and a saved plan of the signed-in
// person (GET /api/v1/plans/{id}/projection). Both check every name against the catalog before projecting.

function checkNames(
  ctx: PayContext,
  path: ProjectionPath,
  currentRole: string | null,
  codes: string[],
  a: AssumptionsInput,
): void {
  const issues: FieldIssue[] = [];
  const knownRole = (slug: string) => slug in ctx.roles;
  path.steps.forEach((s, i) => {
    if (!knownRole(s.role))
      issues.push({ path: `path.steps.${i}.role`, message: `No role "${s.role}" on the ladder.` });
  });
  if (currentRole && !knownRole(currentRole))
    issues.push({ path: "currentRole", message: `No role "${currentRole}" on the ladder.` });
  codes.forEach((c, i) => {
    if (!(c in ctx.credentials))
      issues.push({ path: `credentials.${i}.code`, message: `No credential "${c}" in the catalog.` });
  });
  for (const [slug, key] of Object.entries(a.basis ?? {})) {
    if (!knownRole(slug))
      issues.push({ path: `assumptions.basis.${slug}`, message: `No role "${slug}" on the ladder.` });
    else if (!ctx.roles[slug]!.bands.some((b) => b.figureKey === key)) {
      const keys = ctx.roles[slug]!.bands.map((b) => b.figureKey);
      issues.push({
        path: `assumptions.basis.${slug}`,
        message: keys.length
          ? `Choose one of ${keys.join(", ")}.`
          : `No pay figure is on file for ${slug}; use ownPay instead.`,
      });
    }
  }
  for (const slug of Object.keys(a.ownPay ?? {})) {
    if (!knownRole(slug))
      issues.push({ path: `assumptions.ownPay.${slug}`, message: `No role "${slug}" on the ladder.` });
  }
  if (issues.length) throw AppError.validation(issues);
}

export async function projectFromBody(input: unknown, today: string = todayIso()): Promise<Projection> {
  const body = parseOrThrow(projectionBodySchema, input);
  const ctx = await getPayContext(today);
  const currentRole = body.currentRole === undefined ? body.path.steps[0]!.role : body.currentRole;
  checkNames(
    ctx,
    body.path,
    currentRole,
    body.credentials.map((c) => c.code),
    body.assumptions,
  );
  return project(ctx, {
    path: body.path,
    currentRole,
    held: heldAt(body.credentials, today),
    assumptions: body.assumptions,
  });
}

export async function projectSavedPlan(
  userId: string,
  planId: string,
  query: URLSearchParams,
  today: string = todayIso(),
): Promise<Projection> {
  const assumptions = parseOrThrow(assumptionsSchema, assumptionsFromQuery(query));
  const [plan, profile] = await Promise.all([getPlan(userId, planId), getProfile(userId)]);
  if (!plan) throw new AppError("not_found", "No such plan.");
  const { ctx, request, notes } = await planProjectionInputs(plan, today);
  const merged: AssumptionsInput = {
    ...(profile?.currentSalary ? { currentSalary: profile.currentSalary } : {}),
    ...assumptions,
  };
  checkNames(ctx, request.path, request.currentRole, [], merged);
  const result = project(ctx, { ...request, assumptions: merged });
  result.notes.unshift(...notes);
  return result;
}
