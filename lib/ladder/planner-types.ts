import type { EducationLevel, ExperienceKind } from "@/lib/ladder/requirement-schema";

// The planner's view of the ladder and of a person: plain data, built from the database by graph.ts, so the
// planner itself is pure and can run on synthetic graphs in tests and benchmarks.

export type Objective = "fastest" | "cheapest" | "best_pay";

export type PlannerRoute = {
  label: string;
  education: EducationLevel | null;
  educationProgram: string | null;
  minYears: number | null;
  /** `years: null`: some experience of this kind, amount not stated by the source. */
  experience: { kind: ExperienceKind; years: number | null } | null;
  /** Of those years, at least this many of a narrower kind counted inside it (outpatient CDI inside CDI). */
  experienceWithin?: { kind: ExperienceKind; years: number } | null;
  /** The person must work in this kind of work when they sit the exam (CCDS: currently a CDI specialist). */
  currentWork?: ExperienceKind | null;
  /** All groups must be met; a group is met by any one of its credentials. */
  credentials: string[][];
  course: string | null;
};

export type PlannerCredential = {
  code: string;
  name: string;
  body: string;
  plannable: boolean;
  hasApprenticeStatus: boolean;
  /** The exam fee the plan counts (non-member price where both are listed); null when no fee is recorded. */
  examFee: number | null;
  replaces: string[];
  qualify: PlannerRoute[];
  removeApprentice: PlannerRoute[];
};

export type PlannerRole = {
  slug: string;
  title: string;
  level: number;
  kinds: ExperienceKind[];
  typicalCredentials: string[];
  /** The latest published median for the role, if any. */
  medianPay: number | null;
  /** Where that median comes from ("publisher, year"). */
  medianSource: string | null;
  /** What best_pay ranks by: the median, else an average, else a range's midpoint; null when nothing is known. */
  payEstimate: number | null;
};

export type PlannerMove = { from: string; to: string; yearsMin: number; yearsMax: number; routes: PlannerRoute[] };

export type PlannerGraph = {
  roles: Map<string, PlannerRole>;
  movesFrom: Map<string, PlannerMove[]>;
  movesTo: Map<string, PlannerMove[]>;
  credentials: Map<string, PlannerCredential>;
  /** For each credential, the credentials that replace it (RHIT → [RHIA]). */
  replacedBy: Map<string, string[]>;
};

export type PersonState = {
  currentRole: string | null;
  education: EducationLevel;
  /** Years of experience in all. */
  yearsExperience: number;
  /** Years by kind of work; when absent, all of yearsExperience is counted toward the current role's kinds. */
  experience?: Partial<Record<ExperienceKind, number>>;
  /** Years already spent in the current role; defaults to yearsExperience. */
  yearsInRole?: number;
  credentials: { code: string; earnedOn: string }[];
};

export type PlanOptions = {
  target: string;
  objective: Objective;
  k: number;
  avoidCredentials: string[];
  avoidBodies: string[];
  maxYears: number | null;
  /** "Today", as YYYY-MM-DD: every date in the plan is counted from it. */
  asOf: string;
  /** Search bound: expansions per role (default 4k + 8 on ladder-sized graphs); tests raise it to compare. */
  perRoleExpansions?: number;
};

export type EarnItem = {
  kind: "credential" | "education" | "course";
  /** A credential code ("CPC-A" while apprentice), or an education level. */
  code: string;
  label: string;
  /** Years from today. */
  atYear: number;
  earliestDate: string;
  /** Exam fee in US dollars; 0 for education (tuition is not counted); null when no fee is recorded. */
  cost: number | null;
  reason: string;
  /** Recommended for the role you arrive in, not needed to get there: not in the totals. */
  optional?: boolean;
};

export type PlanStep = {
  role: string;
  title: string;
  /** Years from today when this step starts. */
  startYear: number;
  startDate: string;
  /** Years planned in this role before the next move (0 for the target). */
  years: number;
  /** The upper end of the typical time before the move. */
  yearsMax: number;
  earn: EarnItem[];
};

export type PlannedPath = {
  steps: PlanStep[];
  totalYears: number;
  totalYearsMax: number;
  totalCost: number;
  /** Some exam fee on the path is not recorded, so totalCost is a lower bound. */
  costIncomplete: boolean;
  endMedianPay: number | null;
  /** Where endMedianPay comes from ("publisher, year"); absent on plans saved before it was recorded. */
  endPaySource?: string | null;
  /** best_pay only: expected pay minus fees over the same horizon for every path compared. */
  earningsOverHorizon?: number;
};

export type PlanResult = {
  paths: PlannedPath[];
  explanation?: string;
  /** The assumptions this answer rests on, in words, for the person to check. */
  assumptions: string[];
  horizonYears?: number;
};
