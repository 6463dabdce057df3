import "server-only";
import { hashToken, newSecretToken } from "@/lib/auth/secret-token";
import { db } from "@/lib/db";
import { todayIso } from "@/lib/dates";
import { AppError, parseOrThrow } from "@/lib/errors";
import { isPlanId, planSelect, toDetail, type PlanRow } from "@/lib/plans/queries";
import { shareInputSchema, shareTokenSchema, type SharedPlan, type ShareStatus } from "@/lib/plans/share-schema";
import { planProjectionInputs } from "@/lib/salary/plan-inputs";
import { project } from "@/lib/salary/projection";
import type { Projection } from "@/lib/salary/types";

// One read-only link per plan (kept here, above lib/plans, because the page it opens carries the pay projection).
// Only the token's SHA-256 is stored, so the link is shown once, when made; making a new one replaces the old
// (which then answers 404), and stopping deletes it.

async function requireOwnPlan(userId: string, planId: string): Promise<void> {
  const found = isPlanId(planId) && (await db.plan.count({ where: { id: planId, userId } })) > 0;
  if (!found) throw new AppError("not_found", "No such plan.");
}

/** Makes (or replaces) the plan's share link; returns the token for the address. */
export async function createShare(userId: string, planId: string, input: unknown, today = todayIso()) {
  const { expiresOn = null, includeSalary = false } = parseOrThrow(shareInputSchema, input);
  if (expiresOn && expiresOn < today) {
    throw AppError.validation([{ path: "expiresOn", message: `Choose today (${today}) or a later day.` }]);
  }
  await requireOwnPlan(userId, planId);
  const token = newSecretToken();
  // The link works through the whole last day (UTC).
  const expiresAt = expiresOn ? new Date(`${expiresOn}T23:59:59.999Z`) : null;
  const data = { tokenHash: hashToken(token), includeSalary, expiresAt, createdAt: new Date() };
  await db.planShare.upsert({ where: { planId }, create: { planId, ...data }, update: data });
  return token;
}

export async function revokeShare(userId: string, planId: string): Promise<void> {
  await requireOwnPlan(userId, planId);
  await db.planShare.deleteMany({ where: { planId } });
}

export async function getShareStatus(userId: string, planId: string): Promise<ShareStatus | null> {
  const row = await db.planShare.findFirst({
    where: { planId, plan: { userId } },
    select: { createdAt: true, expiresAt: true, includeSalary: true },
  });
  if (!row) return null;
  return {
    sharedSince: row.createdAt.toISOString(),
    expiresOn: row.expiresAt?.toISOString().slice(0, 10) ?? null,
    includeSalary: row.includeSalary,
  };
}

/** What a share link opens, or null for an unknown, replaced, stopped or expired link. */
export async function openShare(
  token: string,
  now = new Date(),
): Promise<{ plan: SharedPlan; projection: Projection } | null> {
  if (!shareTokenSchema.safeParse(token).success) return null;
  const row = await db.planShare.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      expiresAt: true,
      includeSalary: true,
      plan: { select: { ...planSelect, user: { select: { currentSalary: true } } } },
    },
  });
  if (!row || (row.expiresAt && row.expiresAt <= now)) return null;
  const detail = toDetail(row.plan as PlanRow);
  const { ctx, request, notes } = await planProjectionInputs(detail, todayIso(now));
  const salary = row.includeSalary ? row.plan.user.currentSalary : null;
  const projection = project(ctx, { ...request, assumptions: salary ? { currentSalary: salary } : {} });
  projection.notes.unshift(...notes);
  // Built field by field: the plan's request (where the owner stands) and progress stay private.
  const plan: SharedPlan = {
    target: { slug: detail.target.slug, title: detail.target.title },
    path: detail.path,
    includesSalary: salary !== null,
  };
  return { plan, projection };
}
