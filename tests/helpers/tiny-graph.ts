import { buildPlannerGraph, type GraphRows } from "@/lib/ladder/graph";
import type { PlannerRoute } from "@/lib/ladder/planner-types";
import type { ExperienceKind } from "@/lib/ladder/requirement-schema";

// A terse way to write small graphs in tests: roles "a:1:coding" (slug:level:kinds), moves "a>b:1-2" with routes.

export const route = (r: Partial<PlannerRoute> = {}): PlannerRoute => ({
  label: r.label ?? "route",
  education: null,
  educationProgram: null,
  minYears: null,
  experience: null,
  credentials: [],
  course: null,
  ...r,
});

type Cred = Partial<GraphRows["credentials"][number]> & { code: string; fee?: number | null };

export function tinyGraph(spec: {
  roles: string[];
  moves: [string, PlannerRoute[]?][];
  credentials?: Cred[];
  pay?: Record<string, number>;
}) {
  const roles = spec.roles.map((r) => {
    const [slug, level, kinds] = r.split(":");
    return {
      slug: slug!,
      title: slug!.toUpperCase(),
      level: Number(level),
      experienceKinds: (kinds ? kinds.split(",") : []) as ExperienceKind[],
      typicalCredentials: [],
      payFigures: spec.pay?.[slug!]
        ? [{ year: 2024, median: spec.pay[slug!]!, average: null, low: null, high: null }]
        : [],
    };
  });
  const moves = spec.moves.map(([m, routes]) => {
    const [pair, years] = m.split(":");
    const [from, to] = pair!.split(">");
    const [min, max] = (years ?? "1-1").split("-").map(Number);
    return { from: from!, to: to!, yearsMin: min!, yearsMax: max ?? min!, routes: routes ?? [] };
  });
  const credentials = (spec.credentials ?? []).map((c) => ({
    name: c.code,
    body: "B",
    plannable: true,
    hasApprenticeStatus: false,
    replaces: [],
    qualify: [route({ label: "No prerequisite" })],
    removeApprentice: [],
    ...c,
    examFees: c.fee === null ? [] : [{ audience: "any" as const, amountUsd: c.fee ?? 100 }],
  }));
  return buildPlannerGraph({ roles, moves, credentials });
}
