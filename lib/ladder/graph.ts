import type {
  PlannerCredential,
  PlannerGraph,
  PlannerMove,
  PlannerRole,
  PlannerRoute,
} from "@/lib/ladder/planner-types";
import type { ExperienceKind } from "@/lib/ladder/requirement-schema";

// Builds the planner's graph from plain rows (as read from the database, or made up by tests). Pure.

/** `source` names where the figure comes from ("publisher, year"), to show beside a median. */
type PayRow = {
  year: number | null;
  median: number | null;
  average: number | null;
  low: number | null;
  high: number | null;
  source?: string;
};
type FeeRow = { audience: "any" | "member" | "non_member"; amountUsd: number };

export type GraphRows = {
  roles: {
    slug: string;
    title: string;
    level: number;
    experienceKinds: ExperienceKind[];
    typicalCredentials: string[];
    payFigures: PayRow[];
  }[];
  moves: { from: string; to: string; yearsMin: number; yearsMax: number; routes: PlannerRoute[] }[];
  credentials: {
    code: string;
    name: string;
    body: string;
    plannable: boolean;
    hasApprenticeStatus: boolean;
    replaces: string[];
    examFees: FeeRow[];
    qualify: PlannerRoute[];
    removeApprentice: PlannerRoute[];
  }[];
};

const newestFirst = (a: PayRow, b: PayRow) => (b.year ?? -1) - (a.year ?? -1);

/** The latest median, and a best estimate for ranking: median, else average, else a range's midpoint. */
function rolePay(figures: PayRow[]): {
  medianPay: number | null;
  medianSource: string | null;
  payEstimate: number | null;
} {
  const sorted = [...figures].sort(newestFirst);
  const withMedian = sorted.find((f) => f.median !== null);
  const medianPay = withMedian?.median ?? null;
  const average = sorted.find((f) => f.average !== null)?.average ?? null;
  const range = sorted.find((f) => f.low !== null && f.high !== null);
  const midpoint = range ? Math.round((range.low! + range.high!) / 2) : null;
  return { medianPay, medianSource: withMedian?.source ?? null, payEstimate: medianPay ?? average ?? midpoint };
}

/**
 * The prices a plan counts: non-member prices where they exist (the person may not be a member of every body),
 * else prices for anyone, else whatever is listed. The planner and the pay projection both price through this.
 */
export function planningAudience<T extends { audience: string }>(fees: T[]): T[] {
  const nonMember = fees.filter((f) => f.audience === "non_member");
  if (nonMember.length) return nonMember;
  const open = fees.filter((f) => f.audience !== "member");
  return open.length ? open : fees;
}

/** The fee a plan counts: the lowest of the planning prices. */
function planningExamFee(fees: FeeRow[]): number | null {
  const candidates = planningAudience(fees);
  return candidates.length ? Math.min(...candidates.map((f) => f.amountUsd)) : null;
}

export function buildPlannerGraph(rows: GraphRows): PlannerGraph {
  const roles = new Map<string, PlannerRole>();
  for (const r of rows.roles) {
    roles.set(r.slug, {
      slug: r.slug,
      title: r.title,
      level: r.level,
      kinds: r.experienceKinds,
      typicalCredentials: r.typicalCredentials,
      ...rolePay(r.payFigures),
    });
  }
  const movesFrom = new Map<string, PlannerMove[]>();
  const movesTo = new Map<string, PlannerMove[]>();
  for (const m of rows.moves) {
    const move: PlannerMove = { ...m };
    movesFrom.set(m.from, [...(movesFrom.get(m.from) ?? []), move]);
    movesTo.set(m.to, [...(movesTo.get(m.to) ?? []), move]);
  }
  const credentials = new Map<string, PlannerCredential>();
  for (const c of rows.credentials) {
    const { examFees, ...rest } = c;
    credentials.set(c.code, { ...rest, examFee: planningExamFee(examFees) });
  }
  const replacedBy = new Map<string, string[]>();
  for (const c of credentials.values())
    for (const r of c.replaces) replacedBy.set(r, [...(replacedBy.get(r) ?? []), c.code]);
  return { roles, movesFrom, movesTo, credentials, replacedBy };
}
