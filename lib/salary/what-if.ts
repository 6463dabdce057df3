import type { HeldInput, RuleSetInput } from "@/lib/credentials/compliance-types";
import { ruleSetFor } from "@/lib/credentials/compliance";
import { customCycleSpan, customRuleSet } from "@/lib/credentials/custom-rules";
import { cyclesAround, type Cycle } from "@/lib/credentials/cycles";
import { cycleRequirement, inForce } from "@/lib/credentials/requirement";
import { addDays, monthsBetween } from "@/lib/dates";
import { round1 } from "@/lib/math";
import type { PayContext } from "@/lib/salary/types";

// What does one more credential cost to keep? Year by year, the CEUs each body asks for (a fourth AAPC credential
// raises the pool from 44 to 48; a second AHIMA one adds 10; an RHIA replaces the RHIT), the exam fees, renewal
// fees and membership dues — before and after the change. The same cycle and requirement rules as the compliance
// engine. Pure.

export type WhatIfCredential = { code: string; body: string; replaces: string[]; examFee: number | null };

export type WhatIfRequest = {
  today: string;
  years: number;
  credentials: { code: string; earnedOn: string }[];
  /** Credentials from outside the catalog, with their own rules (no fees are known for them). */
  custom: HeldInput[];
  add: { code: string; on: string }[];
  remove: string[];
  memberships: Record<string, string>;
};

export type WhatIfContext = {
  catalog: Map<string, WhatIfCredential>;
  ruleSets: RuleSetInput[];
  pay: Pick<PayContext, "renewalFees" | "extraCredentialFees" | "unpricedBodies">;
};

export type Costs = { exams: number; renewals: number; dues: number };
export type ScenarioYear = {
  requirements: { body: string; ceus: number; cycleEnd: string }[];
  ceusPerYear: number;
  costs: Costs;
  total: number;
};
export type WhatIfYear = ScenarioYear & { year: number; calendarYear: number; before: ScenarioYear };
export type WhatIfAnswer = {
  years: WhatIfYear[];
  before: { credentials: string[]; ceusPerYear: number; total: number };
  after: { credentials: string[]; ceusPerYear: number; total: number };
  notes: string[];
};

type Held = HeldInput & { exam: number | null; newlyEarned: boolean };

export function whatIf(ctx: WhatIfContext, req: WhatIfRequest): WhatIfAnswer {
  const held = (list: { code: string; earnedOn: string }[], newly: boolean): Held[] =>
    list.map(({ code, earnedOn }) => {
      const c = ctx.catalog.get(code)!;
      return {
        code,
        body: c.body,
        earnedOn,
        cycleStart: null,
        cycleEnd: null,
        ceuRequired: null,
        replaces: c.replaces,
        exam: c.examFee,
        newlyEarned: newly,
      };
    });
  const custom: Held[] = req.custom.map((h) => ({ ...h, exam: null, newlyEarned: false }));
  const beforeSet = [...held(req.credentials, false), ...custom];
  const afterSet = [
    ...beforeSet.filter((h) => !req.remove.includes(h.code)),
    ...held(
      req.add.map((a) => ({ code: a.code, earnedOn: a.on })),
      true,
    ),
  ];
  const firstYear = Number(req.today.slice(0, 4));
  const beforeYears = scenario(ctx, beforeSet, req, firstYear);
  const afterYears = scenario(ctx, afterSet, req, firstYear);
  const years = afterYears.map((y, i) => ({
    ...y,
    year: i,
    calendarYear: firstYear + i,
    before: beforeYears[i]!,
  }));
  const summary = (set: Held[], list: ScenarioYear[]) => ({
    credentials: set.map((h) => h.code),
    ceusPerYear: round1(list.reduce((s, y) => s + y.ceusPerYear, 0) / list.length),
    total: list.reduce((s, y) => s + y.total, 0),
  });
  return {
    years,
    before: summary(beforeSet, beforeYears),
    after: summary(afterSet, afterYears),
    notes: notesFor(ctx, [...beforeSet, ...afterSet]),
  };
}

/** Each calendar year from `firstYear`: the cycles ending in it, the CEU rate, and what it costs. */
function scenario(ctx: WhatIfContext, set: Held[], req: WhatIfRequest, firstYear: number): ScenarioYear[] {
  const rows: ScenarioYear[] = Array.from({ length: req.years }, () => ({
    requirements: [],
    ceusPerYear: 0,
    costs: { exams: 0, renewals: 0, dues: 0 },
    total: 0,
  }));
  const yearIndex = (iso: string) => Number(iso.slice(0, 4)) - firstYear;
  const inRange = (i: number) => i >= 0 && i < req.years;

  for (const h of set)
    if (h.newlyEarned && h.exam !== null && inRange(yearIndex(h.earnedOn))) {
      rows[yearIndex(h.earnedOn)]!.costs.exams += h.exam;
    }
  for (const group of groupsOf(ctx, set, req.today)) {
    const anchor = group.held.map((h) => h.earnedOn).sort()[0]!;
    const setFor = (start: string) => group.custom ?? ruleSetFor(ctx.ruleSets, group.body, start);
    const rules = setFor(anchor > req.today ? anchor : req.today);
    if (!rules) continue;
    const override = group.custom ? customCycleSpan(group.held[0]!) : null;
    const horizonEnd = `${firstYear + req.years - 1}-12-31`;
    for (let asOf = anchor > req.today ? anchor : req.today; asOf <= horizonEnd;) {
      const { current } = cyclesAround({
        anchor,
        override,
        cycle: rules.rules.cycle,
        asOf,
        membershipExpires: req.memberships[group.body] ?? null,
      });
      addCycle(ctx, rows, group, current, setFor(current.start), yearIndex, firstYear);
      asOf = addDays(current.end, 1);
    }
    addYearlyFees(ctx, rows, group, firstYear, req.today);
  }
  for (const r of rows) {
    r.ceusPerYear = round1(r.ceusPerYear);
    r.total = r.costs.exams + r.costs.renewals + r.costs.dues;
  }
  return rows;
}

type Group = { body: string; held: Held[]; custom: RuleSetInput | null };

function groupsOf(ctx: WhatIfContext, set: Held[], today: string): Group[] {
  const groups: Group[] = [];
  const byBody = new Map<string, Held[]>();
  for (const h of set) {
    if (h.custom) groups.push({ body: h.body, held: [h], custom: customRuleSet(h) });
    else byBody.set(h.body, [...(byBody.get(h.body) ?? []), h]);
  }
  for (const [body, list] of byBody) {
    if (ruleSetFor(ctx.ruleSets, body, today)?.rules.cycle.synchronised)
      groups.push({ body, held: list, custom: null });
    else for (const h of list) groups.push({ body, held: [h], custom: null });
  }
  return groups;
}

/** One cycle's requirement where it ends, its CEU rate in each year it spans, and its renewal fee where it ends. */
function addCycle(
  ctx: WhatIfContext,
  rows: ScenarioYear[],
  group: Group,
  cycle: Cycle,
  set: RuleSetInput | null,
  yearIndex: (iso: string) => number,
  firstYear: number,
) {
  if (!set) return;
  const { active, replaced } = inForce(group.held, cycle.end);
  if (active.length === 0) return;
  const { required } = cycleRequirement(group.body, set.rules, active, replaced, cycle);
  const lengthYears = Math.max(monthsBetween(cycle.start, addDays(cycle.end, 1)) / 12, 1 / 12);
  for (let i = 0; i < rows.length; i++) {
    const midYear = `${firstYear + i}-07-01`;
    if (cycle.start <= midYear && midYear <= cycle.end) rows[i]!.ceusPerYear += required / lengthYears;
  }
  const end = yearIndex(cycle.due);
  if (end < 0 || end >= rows.length) return;
  rows[end]!.requirements.push({ body: group.body, ceus: required, cycleEnd: cycle.end });
  const fee = ctx.pay.renewalFees.find((f) => f.body === group.body);
  if (group.custom || !fee || fee.kind !== "renewal" || fee.everyYears === 1) return;
  const extra = ctx.pay.extraCredentialFees[group.body]?.amount ?? 0;
  rows[end]!.costs.renewals += fee.amount + extra * (active.length - 1);
}

/** Fees paid every year while a body's credential is held: membership dues (AAPC) and maintenance (NCRA). */
function addYearlyFees(ctx: WhatIfContext, rows: ScenarioYear[], group: Group, firstYear: number, today: string) {
  const fee = ctx.pay.renewalFees.find((f) => f.body === group.body && f.everyYears === 1);
  if (!fee || group.custom) return;
  // Synchronised bodies are one group, so the dues are counted once however many credentials it holds.
  const since = group.held.map((h) => (h.earnedOn > today ? h.earnedOn : today)).sort()[0]!;
  for (let i = Math.max(0, Number(since.slice(0, 4)) - firstYear); i < rows.length; i++) {
    if (fee.kind === "dues") rows[i]!.costs.dues += fee.amount;
    else rows[i]!.costs.renewals += fee.amount;
  }
}

function notesFor(ctx: WhatIfContext, set: Held[]): string[] {
  const bodies = new Set(set.filter((h) => !h.custom).map((h) => h.body));
  const notes: string[] = [];
  for (const f of ctx.pay.renewalFees.filter((x) => bodies.has(x.body))) {
    notes.push(`${f.label}: $${f.amount} ${f.everyYears === 1 ? "a year" : "per cycle"} (${f.source.publisher}).`);
    const extra = ctx.pay.extraCredentialFees[f.body];
    if (extra)
      notes.push(`${f.body} also charges $${extra.amount} for each credential beyond the first (${extra.label}).`);
  }
  const unpriced = [...bodies].filter((b) => ctx.pay.unpricedBodies.includes(b));
  if (unpriced.length) notes.push(`No source gives the renewal cost for ${unpriced.join(", ")}, so none is counted.`);
  if (set.some((h) => h.custom)) notes.push("Credentials with rules you entered carry no fees here.");
  const unpricedExams = set.filter((h) => h.newlyEarned && h.exam === null).map((h) => h.code);
  if (unpricedExams.length) notes.push(`No exam fee is on file for ${unpricedExams.join(", ")}.`);
  notes.push(
    "Exam and renewal fees at non-member prices; CEU rates are each cycle's requirement spread over its years.",
  );
  return notes;
}
