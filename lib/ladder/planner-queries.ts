import "server-only";
import { db } from "@/lib/db";
import { processCached } from "@/lib/process-cache";
import { buildPlannerGraph } from "@/lib/ladder/graph";
import type { PlannerGraph } from "@/lib/ladder/planner-types";
import { moveEndsSelect, toMoveEnds } from "@/lib/ladder/queries";
import { routeSelect, toPlannerRoute } from "@/lib/ladder/route-view";

// Loads the whole graph for the planner in three queries. The graph is public seed data that only changes when the
// server restarts with new seed files, so it is read once per process and shared.

async function loadPlannerGraph(): Promise<PlannerGraph> {
  const [roles, moves, credentials] = await Promise.all([
    db.role.findMany({
      select: {
        slug: true,
        title: true,
        level: true,
        experienceKinds: true,
        typicalCredentials: { orderBy: { position: "asc" }, select: { credential: { select: { code: true } } } },
        payFigures: {
          select: {
            payFigure: {
              select: {
                year: true,
                median: true,
                average: true,
                low: true,
                high: true,
                source: { select: { publisher: true, year: true } },
              },
            },
          },
        },
      },
    }),
    db.move.findMany({
      select: { ...moveEndsSelect, routes: { orderBy: { position: "asc" }, select: routeSelect } },
    }),
    db.credential.findMany({
      select: {
        code: true,
        name: true,
        plannable: true,
        hasApprenticeStatus: true,
        replacesCodes: true,
        body: { select: { code: true } },
        fees: { where: { kind: "exam" }, select: { audience: true, amountUsd: true } },
        eligibility: { orderBy: { position: "asc" }, select: routeSelect },
      },
    }),
  ]);
  return buildPlannerGraph({
    roles: roles.map((r) => ({
      slug: r.slug,
      title: r.title,
      level: r.level,
      experienceKinds: r.experienceKinds,
      typicalCredentials: r.typicalCredentials.map((t) => t.credential.code),
      payFigures: r.payFigures.map(({ payFigure: { source, ...f } }) => ({
        ...f,
        // A source that gives no year is labelled with the year it was read.
        source: `${source.publisher}, ${source.year === null ? `read ${f.year}` : f.year}`,
      })),
    })),
    moves: moves.map((m) => ({ ...toMoveEnds(m), routes: m.routes.map(toPlannerRoute) })),
    credentials: credentials.map((c) => ({
      code: c.code,
      name: c.name,
      body: c.body.code,
      plannable: c.plannable,
      hasApprenticeStatus: c.hasApprenticeStatus,
      replaces: c.replacesCodes,
      examFees: c.fees.map((f) => ({ audience: f.audience, amountUsd: f.amountUsd.toNumber() })),
      qualify: c.eligibility.filter((r) => r.purpose === "qualify").map(toPlannerRoute),
      removeApprentice: c.eligibility.filter((r) => r.purpose === "remove_apprentice").map(toPlannerRoute),
    })),
  });
}

export function getPlannerGraph(): Promise<PlannerGraph> {
  return processCached("planner-graph", loadPlannerGraph);
}
