import "server-only";
import { db } from "@/lib/db";
import { AppError, parseOrThrow } from "@/lib/errors";
import type { Prisma } from "@/generated/prisma/client";
import { previewPlan } from "@/lib/plans/preview";
import { getPlan, isPlanId, type PlanDetail } from "@/lib/plans/queries";
import { createPlanSchema, updatePlanSchema } from "@/lib/plans/validation";

// Saving and changing plans. The path is recomputed on the server from the request (never taken from the client),
// so a saved plan is always one the planner really produced.

export async function createPlan(userId: string, input: unknown): Promise<PlanDetail> {
  const { name, request, pathIndex } = parseOrThrow(createPlanSchema, input);
  const preview = await previewPlan(request);
  const path = preview.paths[pathIndex];
  if (!path) {
    const why =
      preview.paths.length === 0
        ? (preview.explanation ?? "No path was found.")
        : `There are only ${preview.paths.length} paths.`;
    throw AppError.validation([{ path: "pathIndex", message: why }]);
  }
  const target = await db.role.findUniqueOrThrow({ where: { slug: request.target }, select: { id: true } });
  const row = await db.plan.create({
    data: {
      userId,
      name,
      objective: request.objective,
      targetRoleId: target.id,
      request: preview.request as Prisma.InputJsonValue,
      path: path as unknown as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  return (await getPlan(userId, row.id))!;
}

export async function updatePlan(userId: string, id: string, input: unknown): Promise<PlanDetail> {
  const patch = parseOrThrow(updatePlanSchema, input);
  const current = await getPlan(userId, id);
  if (!current) throw notFound();
  if (patch.doneSteps?.some((i) => i >= current.stepCount)) {
    throw AppError.validation([
      { path: "doneSteps", message: `This plan has ${current.stepCount} steps (0 to ${current.stepCount - 1}).` },
    ]);
  }
  // Compare-and-set on the version: two tabs editing one plan cannot silently overwrite each other.
  const expected = patch.version ?? current.version;
  const { count } = await db.plan.updateMany({
    where: { id, userId, version: expected },
    data: {
      name: patch.name,
      doneSteps: patch.doneSteps ? [...new Set(patch.doneSteps)].sort((a, b) => a - b) : undefined,
      version: { increment: 1 },
    },
  });
  if (count === 0) {
    throw new AppError("conflict", "This plan was changed elsewhere since you loaded it. Reload it and try again.", [
      { path: "version", message: "Stale version." },
    ]);
  }
  return (await getPlan(userId, id))!;
}

export async function deletePlan(userId: string, id: string): Promise<void> {
  if (!isPlanId(id)) throw notFound();
  const { count } = await db.plan.deleteMany({ where: { id, userId } });
  if (count === 0) throw notFound();
}

function notFound() {
  return new AppError("not_found", "No such plan.");
}
