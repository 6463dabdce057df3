import type { HeldSet } from "@/lib/ladder/held-set";
import type { EarnItem, Objective, PlannerGraph, PlannerRole } from "@/lib/ladder/planner-types";
import type { EducationLevel, ExperienceKind } from "@/lib/ladder/requirement-schema";

// The words scheduling is written in (schedule-*.ts), shared with the search that drives it (planner-*.ts), and the
// three helpers every part uses. Times are years from today. Reasons are functions, worded only if they end up
// shown: most are never looked at.

/** A partial path as the search carries it: where it stands, what it has cost, and how it got there. */
export type SimState = {
  role: string;
  /** When the path reaches `role` (0 for the role the person holds today). */
  reachedAt: number;
  cost: number;
  costIncomplete: boolean;
  /** Years of each kind of work by `reachedAt`. */
  experience: Record<ExperienceKind, number>;
  /** Years of experience in all by `reachedAt`. */
  yearsExperience: number;
  held: HeldSet;
  /** Education levels already listed in the plan (each is planned once). */
  educationPlanned: ReadonlySet<EducationLevel>;
  /** The steps so far, newest first, as a shared linked list (copying arrays per state was the planner's cost). */
  trail: Trail | null;
  /** The first role of the path (the trail holds the rest). */
  firstRole: string;
  /** The roles so far, joined: two states with the same path lead to the same role sequences. */
  path: string;
  /** Time already spent in the first role, which shortens the first move's typical wait. */
  roleCredit: number;
  /** Items needed to enter the first role when the person starts outside the ladder. */
  entryItems: Draft[];
  yearsMaxSum: number;
};

/** What the whole plan is asked for; the same for every state of one search. */
export type PlanContext = {
  graph: PlannerGraph;
  objective: Objective;
  avoidCodes: Set<string>;
  avoidBodies: Set<string>;
  education: EducationLevel;
  asOf: string;
  /** Try each credential that could meet a requirement (exact on the ladder); off on very large graphs. */
  branchChoices: boolean;
};

/** A finished step, kept raw until a path is chosen; dates and sorting happen once, in `materialize`. */
export type RawStep = {
  role: string;
  title: string;
  startsAt: number;
  dwell: number;
  yearsMax: number;
  drafts: Draft[];
};
type Trail = { step: RawStep; prev: Trail | null };

/** What an item or a blocked requirement is for ("To move to Coding Auditor"), worded only when shown. */
export type Purpose = () => string;

/** An item to earn; its reason is worded only if the item ends up in a returned path. */
export type Draft = {
  kind: EarnItem["kind"];
  code: string;
  label: string;
  at: number;
  cost: number | null;
  reason: () => string;
};

/** A way of meeting a requirement: when, at what cost, what to earn, and what is held afterwards. */
export type Way = {
  at: number;
  cost: number;
  costUnknown: boolean;
  items: Draft[];
  held: HeldSet;
  educationPlanned: ReadonlySet<EducationLevel>;
};

/** Why a requirement cannot be met; worded only when an explanation is needed. */
export type Blocked = { blocked: () => string };
export const isBlocked = (x: unknown): x is Blocked => typeof x === "object" && x !== null && "blocked" in x;

/** Where requirements are met from: a role, from a point in time, with what the person has by then. */
export type Scope = {
  ctx: PlanContext;
  role: Pick<PlannerRole, "title" | "kinds">;
  /** False before the person's first HIM job: waiting then adds no experience. */
  working: boolean;
  startsAt: number;
  experience: Record<ExperienceKind, number>;
  yearsExperience: number;
  held: HeldSet;
  educationPlanned: ReadonlySet<EducationLevel>;
  /** Answers of earnCredential already worked out in this step, by credential and what is held (made on first use). */
  memo: { map?: Map<string, Way | Blocked> };
};

/**
 * Where a requirement sits in a chain of prerequisites: what the chain is for, how deep it has gone, and which
 * credentials further up are being worked out (meeting one of them again would go round in a circle).
 */
export type Chain = { purpose: Purpose; depth: number; visiting: ReadonlySet<string> };

/** Whether `a` comes before `b` in the objective's order: sooner then cheaper, or cheaper then sooner. */
export function better(objective: Objective, a: { at: number; cost: number }, b: { at: number; cost: number }) {
  if (objective === "cheapest") return a.cost < b.cost || (a.cost === b.cost && a.at < b.at);
  return a.at < b.at || (a.at === b.at && a.cost < b.cost);
}

/** Requirements met from the state's role, from the moment the state reaches it. */
export function scopeOf(ctx: PlanContext, state: SimState): Scope {
  const role = ctx.graph.roles.get(state.role)!;
  return {
    ctx,
    role,
    working: true,
    startsAt: state.reachedAt,
    experience: state.experience,
    yearsExperience: state.yearsExperience,
    held: state.held,
    educationPlanned: state.educationPlanned,
    memo: {},
  };
}
