import "server-only";
import { db } from "@/lib/db";
import { plannedPathSchema, type StoredPath } from "@/lib/plans/plan-schema";
import { planRequestSchema, type PlanRequest } from "@/lib/plans/validation";

// Reads of saved plans. Every query filters by the owner: another user's plan is simply not found.

export type PlanSummary = {
  id: string;
  name: string;
  objective: "fastest" | "cheapest" | "best_pay";
  target: { slug: string; title: string };
  stepCount: number;
  doneSteps: number[];
  /** Share of the path's moves marked done, 0–1 (the final arrival step counts as one). */
  progress: number;
  totalYears: number;
  totalCost: number;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type PlanDetail = PlanSummary & { path: StoredPath; request: PlanRequest };

export const planSelect = {
  id: true,
  name: true,
  objective: true,
  doneSteps: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  path: true,
  request: true,
  targetRole: { select: { slug: true, title: true } },
} as const;

export type PlanRow = {
  id: string;
  name: string;
  objective: PlanSummary["objective"];
  doneSteps: number[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
  path: unknown;
  request: unknown;
  targetRole: { slug: string; title: string };
};

export function isPlanId(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}

/** A row read as the app shows it; the stored path and request are parsed on every read, for a list too. */
function readRow(row: PlanRow): { summary: PlanSummary; path: StoredPath; request: PlanRequest } {
  const path = plannedPathSchema.parse(row.path);
  const stepCount = path.steps.length;
  const done = row.doneSteps.filter((i) => i < stepCount);
  const summary: PlanSummary = {
    id: row.id,
    name: row.name,
    objective: row.objective,
    target: row.targetRole,
    stepCount,
    doneSteps: done,
    progress: stepCount ? done.length / stepCount : 0,
    totalYears: path.totalYears,
    totalCost: path.totalCost,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
  return { summary, path, request: planRequestSchema.parse(row.request) };
}

/** A plan row (read with `planSelect`) as the app shows it; callers have already decided who may see it. */
export function toDetail(row: PlanRow): PlanDetail {
  const { summary, path, request } = readRow(row);
  return { ...summary, path, request };
}

export async function listPlans(userId: string): Promise<PlanSummary[]> {
  const rows = await db.plan.findMany({
    where: { userId },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    select: planSelect,
  });
  return rows.map((r) => readRow(r as PlanRow).summary);
}

/** The user's own plan, or null (also for malformed ids and other users' plans). */
export async function getPlan(userId: string, id: string): Promise<PlanDetail | null> {
  if (!isPlanId(id)) return null;
  const row = await db.plan.findFirst({ where: { id, userId }, select: planSelect });
  return row ? toDetail(row as PlanRow) : null;
}
