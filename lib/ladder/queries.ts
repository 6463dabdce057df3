import "server-only";
import { db } from "@/lib/db";
import { processCached } from "@/lib/process-cache";
import type { Confidence, ExperienceKind } from "@/lib/ladder/requirement-schema";
import { routeSelect, sourceSelect, toRouteView, type RouteView, type SourceView } from "@/lib/ladder/route-view";

// Reads of the career graph. Public data: no ownership filter needed. Each function is one query.

type MoveView = {
  from: { slug: string; title: string; level: number };
  to: { slug: string; title: string; level: number };
  yearsMin: number;
  yearsMax: number;
  note: string | null;
  confidence: Confidence;
  source: SourceView;
  /** Any one route qualifies; an empty list means no stated requirement. */
  routes: RouteView[];
};

type RoleSummary = {
  slug: string;
  title: string;
  level: number;
  track: string;
  description: string;
  onetSocCode: string | null;
  socIsProxy: boolean;
  experienceKinds: ExperienceKind[];
  typicalCredentials: string[];
  credentialsNote: string | null;
};

export type PayFigureView = {
  key: string;
  population: string;
  kind: "percentiles" | "range" | "average" | "median";
  year: number | null;
  p10: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  p90: number | null;
  average: number | null;
  low: number | null;
  high: number | null;
  highOpen: boolean;
  note: string | null;
  confidence: Confidence;
  source: SourceView;
};

export type RoleDetail = RoleSummary & { movesOut: MoveView[]; movesIn: MoveView[]; payFigures: PayFigureView[] };

const roleRef = { select: { slug: true, title: true, level: true } } as const;
const moveSelect = {
  yearsMin: true,
  yearsMax: true,
  note: true,
  confidence: true,
  source: { select: sourceSelect },
  fromRole: roleRef,
  toRole: roleRef,
  routes: { orderBy: { position: "asc" }, select: routeSelect },
} as const;
const roleSelect = {
  slug: true,
  title: true,
  level: true,
  track: true,
  description: true,
  onetSocCode: true,
  socIsProxy: true,
  experienceKinds: true,
  credentialsNote: true,
  typicalCredentials: { orderBy: { position: "asc" }, select: { credential: { select: { code: true } } } },
  movesOut: { select: moveSelect },
  movesIn: { select: moveSelect },
  payFigures: {
    select: {
      payFigure: {
        select: {
          key: true,
          population: true,
          kind: true,
          year: true,
          p10: true,
          p25: true,
          median: true,
          p75: true,
          p90: true,
          average: true,
          low: true,
          high: true,
          highOpen: true,
          note: true,
          confidence: true,
          source: { select: sourceSelect },
        },
      },
    },
  },
} as const;

/** A move's two ends and typical years: what the graph view and the planner read of every move. */
export const moveEndsSelect = {
  yearsMin: true,
  yearsMax: true,
  fromRole: { select: { slug: true } },
  toRole: { select: { slug: true } },
} as const;

type Decimal = { toNumber(): number };
type MoveEndsRow = { yearsMin: Decimal; yearsMax: Decimal; fromRole: { slug: string }; toRole: { slug: string } };

export function toMoveEnds(m: MoveEndsRow): { from: string; to: string; yearsMin: number; yearsMax: number } {
  return { from: m.fromRole.slug, to: m.toRole.slug, yearsMin: m.yearsMin.toNumber(), yearsMax: m.yearsMax.toNumber() };
}

type MoveRow = Awaited<ReturnType<typeof loadRoles>>[number]["movesOut"][number];

function toMoveView(m: MoveRow): MoveView {
  return {
    from: m.fromRole,
    to: m.toRole,
    yearsMin: m.yearsMin.toNumber(),
    yearsMax: m.yearsMax.toNumber(),
    note: m.note,
    confidence: m.confidence,
    source: m.source,
    routes: m.routes.map(toRouteView),
  };
}

function loadRoles(where: { slug?: string } = {}) {
  return db.role.findMany({ where, orderBy: [{ level: "asc" }, { title: "asc" }], select: roleSelect });
}

const byTarget = (a: MoveView, b: MoveView) => a.to.level - b.to.level || a.to.title.localeCompare(b.to.title);
const bySource = (a: MoveView, b: MoveView) => a.from.level - b.from.level || a.from.title.localeCompare(b.from.title);

function toRoleDetail(r: Awaited<ReturnType<typeof loadRoles>>[number]): RoleDetail {
  const { typicalCredentials, movesOut, movesIn, payFigures, ...rest } = r;
  return {
    ...rest,
    // Newest first, so the most current figure leads.
    payFigures: payFigures
      .map((p) => p.payFigure)
      .sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.key.localeCompare(b.key)),
    typicalCredentials: typicalCredentials.map((t) => t.credential.code),
    movesOut: movesOut.map(toMoveView).sort(byTarget),
    movesIn: movesIn.map(toMoveView).sort(bySource),
  };
}

/** Every role, by level then title, with its moves in and out and their requirements. */
export async function listRoles(): Promise<RoleDetail[]> {
  return (await loadRoles()).map(toRoleDetail);
}

export async function getRole(slug: string): Promise<RoleDetail | null> {
  const [row] = await loadRoles({ slug });
  return row ? toRoleDetail(row) : null;
}

/** Slugs and titles only, for pickers (the home page's among them): seed data, read once per process. */
export function listRoleOptions(): Promise<{ slug: string; title: string; level: number }[]> {
  return processCached("role-options", () =>
    db.role.findMany({
      orderBy: [{ level: "asc" }, { title: "asc" }],
      select: { slug: true, title: true, level: true },
    }),
  );
}

/** Roles and moves only, for the interactive graph (two small queries). */
export async function getLadderGraphData(): Promise<{
  roles: { slug: string; title: string; level: number }[];
  moves: { from: string; to: string; yearsMin: number; yearsMax: number }[];
}> {
  const [roles, moves] = await Promise.all([listRoleOptions(), db.move.findMany({ select: moveEndsSelect })]);
  return { roles, moves: moves.map(toMoveEnds) };
}
