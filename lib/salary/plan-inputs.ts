import { yearsBetween } from "@/lib/dates";
import type { PlanDetail } from "@/lib/plans/queries";
import type { HeldAt } from "@/lib/salary/costs";
import type { ProjectionRequest } from "@/lib/salary/projection";
import { getPayContext } from "@/lib/salary/queries";
import type { PayContext, ProjectionPath } from "@/lib/salary/types";
import { assumptionsFromQuery, assumptionsSchema, type AssumptionsInput } from "@/lib/salary/validation";

// A saved plan as the projection reads it, for the API and the pages alike: the public pay context, the plan's
// timeline counted from today, what the person held when they planned, and the starting assumptions.

export const heldAt = (credentials: { code: string; earnedOn: string }[], today: string): HeldAt[] =>
  credentials.map((c) => ({ code: c.code, at: -Math.max(0, yearsBetween(c.earnedOn, today)) }));

/** A saved plan's timeline counted from today: steps already behind the person start now. */
export function planFromToday(plan: PlanDetail, today: string): { path: ProjectionPath; elapsed: number } {
  const elapsed = Math.max(0, yearsBetween(plan.createdAt.slice(0, 10), today));
  const shift = (y: number) => Math.max(0, Math.round((y - elapsed) * 100) / 100);
  return {
    elapsed,
    path: {
      steps: plan.path.steps.map((s) => ({
        role: s.role,
        startYear: shift(s.startYear),
        earn: s.earn.map((e) => ({ ...e, atYear: shift(e.atYear) })),
      })),
    },
  };
}

export async function planProjectionInputs(
  plan: PlanDetail,
  today: string,
): Promise<{ ctx: PayContext; request: Omit<ProjectionRequest, "assumptions">; notes: string[] }> {
  const ctx = await getPayContext(today);
  const { path, elapsed } = planFromToday(plan, today);
  const notes =
    elapsed >= 0.1 ? [`The plan was saved ${elapsed.toFixed(1)} years ago; its timeline is counted from today.`] : [];
  return {
    ctx,
    request: { path, currentRole: plan.request.currentRole, held: heldAt(plan.request.credentials, today) },
    notes,
  };
}

/**
 * Assumptions in the address win over the profile's salary; a malformed address is ignored rather than breaking
 * the page.
 */
export function initialAssumptions(
  search: Record<string, string | string[] | undefined>,
  profileSalary: number | null,
): { initial: AssumptionsInput; defaults: AssumptionsInput } {
  const defaults: AssumptionsInput = profileSalary ? { currentSalary: profileSalary } : {};
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(search)) if (typeof v === "string") params.set(k, v);
  const parsed = assumptionsSchema.safeParse(assumptionsFromQuery(params));
  return { initial: parsed.success ? { ...defaults, ...parsed.data } : defaults, defaults };
}
