import type { PayFigureView } from "@/lib/ladder/queries";
import type { Confidence } from "@/lib/ladder/requirement-schema";
import type { SourceView } from "@/lib/ladder/route-view";

// Shapes for pay bands and projections. Pure data: the projection runs on the server (API) and in the browser
// (redrawing as assumptions change) from these same plain objects.

export type { Confidence };

export type SourceRef = SourceView;

/** One seeded pay figure, as stored (the ladder's view of it, plus the occupation code it describes). */
export type PayFigureInput = PayFigureView & { socCode: string | null };

/**
 * A band built from exactly one figure (sources are never blended). `shape` says how much of the spread is known:
 * percentiles (p25/median/p75 published), range (only a low–high range: low and high stand in for p25 and p75, the
 * middle is their midpoint), point (one median or average: no spread known), floor (only "above $x").
 */
export type PayBand = {
  figureKey: string;
  shape: "percentiles" | "range" | "point" | "floor";
  p10: number | null;
  p25: number;
  median: number;
  p75: number;
  p90: number | null;
  /** The year the figure describes; null when undated. */
  year: number | null;
  /** The source gives no year: `year` is the year it was read (REFERENCE.md, 2026). */
  yearRead?: boolean;
  confidence: Confidence;
  population: string;
  source: SourceRef;
  note: string | null;
};

export type RolePay = {
  slug: string;
  title: string;
  level: number;
  /** Every figure linked to the role, each a band of its own, best basis first. */
  bands: PayBand[];
};

export type RenewalFee = {
  body: string;
  /** Membership dues keep every credential of the body (AAPC); a renewal fee is charged for them. */
  kind: "dues" | "renewal";
  /** Years between payments: the body's cycle for a recertification fee, 1 for a yearly maintenance fee. */
  everyYears: number;
  amount: number;
  label: string;
  confidence: Confidence;
  source: SourceRef;
};

/** Everything the projection reads that is not the person's own: public seed data, loaded once. */
export type PayContext = {
  /** The calendar year "today" falls in: figures are brought to this year. */
  thisYear: number;
  roles: Record<string, RolePay>;
  /** Credential code → issuing body and cycle length, for renewal costs. */
  credentials: Record<
    string,
    { body: string; cycleYears: number; examFee: { confidence: Confidence; source: SourceRef } | null }
  >;
  renewalFees: RenewalFee[];
  /** A body's fee for each credential beyond the first, where one is on file (AHIMA, 2021 FAQ: $50). */
  extraCredentialFees: Record<string, { amount: number; label: string; confidence: Confidence; source: SourceRef }>;
  /** Bodies with a renewal cost that no source states (e.g. HIMSS). */
  unpricedBodies: string[];
  /** The default yearly change, derived from dated medians of the same occupation, with its working. */
  derivedGrowth: {
    percent: number | null;
    basis: { socCode: string; from: number; to: number; fromYear: number; toYear: number; percent: number }[];
  };
};

export type Assumptions = {
  /** Yearly raise applied to every band over the projection, in percent (may be negative). */
  raisePercent: number;
  /** Yearly change used to bring each dated figure from its year to this year, in percent. */
  baseYearPercent: number;
  /** Where in each band the person sits, as a percentile 1–99 (50 = the median). */
  position: number;
  /** The person's salary today; when set, "staying put" starts from it and it places them in their band. */
  currentSalary: number | null;
  horizonYears: number;
  includeRenewals: boolean;
  /** Role slug → figure key to use instead of the default basis. */
  basis: Record<string, string>;
  /** Role slug → the person's own figure for a role (used before any seeded figure). */
  ownPay: Record<string, number>;
};

export type ProjectionEarn = {
  kind: string;
  code: string;
  label?: string;
  atYear: number;
  cost: number | null;
  optional?: boolean;
};

/** The part of a planned path the projection reads (a preview path or a saved plan's path both fit). */
export type ProjectionPath = {
  steps: { role: string; startYear: number; earn: ProjectionEarn[] }[];
};

export type YearRow = {
  year: number;
  calendarYear: number;
  role: string;
  title: string;
  p25: number | null;
  median: number | null;
  p75: number | null;
  /** The person's expected pay that year: their position in the band, or their own salary while staying put. */
  pay: number | null;
  costs: number;
  /** Where the band came from: a figure key, "own" (the person's figure) or null (unknown). */
  basis: string | null;
};

export type CostRow = {
  year: number;
  label: string;
  amount: number;
  kind: "exam" | "renewal" | "dues";
  confidence: Confidence;
  source: string | null;
};

export type Projection = {
  years: YearRow[];
  cumulative: { year: number; plan: number | null; stay: number | null }[];
  breakEvenYear: number | null;
  /** Years from today at which each step of the plan begins, for chart markers. */
  markers: { year: number; role: string; title: string }[];
  costs: CostRow[];
  assumptions: Assumptions & { positionFrom: "salary" | "default" | "chosen"; stayRole: string | null };
  sources: (SourceRef & { confidence: Confidence; figureKeys: string[] })[];
  notes: string[];
};
