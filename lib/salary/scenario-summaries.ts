import { andList, formatUsd as usd } from "@/lib/format";
import type { Costs, WhatIfAnswer } from "@/lib/salary/what-if";

// The what-if's answer in words: the one sentence at the top of the page, the two charts' accessible names, and the
// requirements by cycle. The sentence is what most people read, so it carries the change in CEUs, the change in
// cost over the years shown, and where that cost comes from. Pure.

export type ScenarioChange = {
  add: { code: string; body: string; on: string } | null;
  remove: { code: string; body: string }[];
};

const whole = (n: number) => Math.round(n);

function subjectOf(change: ScenarioChange): string {
  const dropped = change.remove.map((r) => r.code);
  const parts = [
    ...(change.add ? [`adding ${change.add.code}`] : []),
    ...(dropped.length ? [`dropping ${andList(dropped)}`] : []),
  ];
  const s = andList(parts) || "changing nothing";
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function ceuPhrase(before: number, after: number): string {
  const b = whole(before);
  const a = whole(after);
  if (a === b) return b === 0 ? "asks for no CEUs" : `leaves the CEUs you need at about ${b} a year`;
  if (a > b) return `raises the CEUs you need from ${b === 0 ? "none to about" : `about ${b} to`} ${a} a year`;
  return a === 0
    ? `lowers the CEUs you need from about ${b} a year to none`
    : `lowers the CEUs you need from about ${b} to ${a} a year`;
}

/** Each kind of cost, after less before, over the years shown; and the yearly dues change where it is steady. */
function costParts(answer: WhatIfAnswer, change: ScenarioChange): string[] {
  const diff = (k: keyof Costs) => answer.years.map((y) => y.costs[k] - y.before.costs[k]);
  const sum = (list: number[]) => list.reduce((s, n) => s + n, 0);
  const bodies = [...new Set([change.add?.body, ...change.remove.map((r) => r.body)].filter(Boolean))];
  const body = bodies.length === 1 ? `${bodies[0]} ` : "";
  const moreOrLess = (n: number) => (n > 0 ? "more" : "less");
  const parts: string[] = [];

  const exams = sum(diff("exams"));
  if (exams > 0) parts.push(`${usd(exams)} in exam fees`);
  const renewals = sum(diff("renewals"));
  if (renewals !== 0) parts.push(`${usd(Math.abs(renewals))} ${moreOrLess(renewals)} in ${body}renewal fees`);
  const dues = diff("dues");
  const changed = dues.flatMap((d, i) => (d !== 0 ? [{ d, year: answer.years[i]!.calendarYear }] : []));
  const steady = changed.length > 1 && changed.every((c) => c.d === changed[0]!.d);
  if (steady) {
    const { d, year } = changed[0]!;
    parts.push(`${usd(Math.abs(d))} a year ${moreOrLess(d)} in ${body}dues from ${year}`);
  } else if (sum(dues) !== 0) {
    parts.push(`${usd(Math.abs(sum(dues)))} ${moreOrLess(sum(dues))} in ${body}dues`);
  }
  return parts;
}

/** "Adding CPMA raises the CEUs you need from about 18 to 20 a year and costs $425 more over 5 years (…): …". */
export function whatIfSentence(answer: WhatIfAnswer, change: ScenarioChange): string {
  const first = answer.years[0];
  const last = answer.years.at(-1);
  if (!first || !last) return "No years to show.";
  const span =
    answer.years.length === 1
      ? `in ${first.calendarYear}`
      : `over ${answer.years.length} years (${first.calendarYear}–${last.calendarYear})`;
  const total = answer.after.total - answer.before.total;
  const cost =
    total > 0
      ? `costs ${usd(total)} more ${span}`
      : total < 0
        ? `saves ${usd(-total)} ${span}`
        : `costs nothing more ${span}`;
  const parts = costParts(answer, change);
  const late =
    change.add && change.add.on > `${last.calendarYear}-12-31`
      ? ` ${change.add.code} would be earned on ${change.add.on}, after ${last.calendarYear}: show more years to see ` +
        "what keeping it costs."
      : "";
  return (
    `${subjectOf(change)} ${ceuPhrase(answer.before.ceusPerYear, answer.after.ceusPerYear)} and ${cost}` +
    `${parts.length ? `: ${andList(parts)}` : ""}.${late}`
  );
}

/** The CEU chart's accessible name: each year's rate before and after. */
export function ceuChartSummary(answer: WhatIfAnswer): string {
  const each = answer.years.map((y) => `${y.calendarYear} ${y.before.ceusPerYear} and ${y.ceusPerYear}`);
  return (
    `CEUs needed a year, before and after the change: ${each.join("; ")}. ` +
    "Each cycle's requirement is spread evenly over its years."
  );
}

/** The cost chart's accessible name: each year's total before and after, and the totals over the years shown. */
export function costChartSummary(answer: WhatIfAnswer): string {
  const each = answer.years.map((y) => `${y.calendarYear} ${usd(y.before.total)} and ${usd(y.total)}`);
  return (
    `Costs a year, before and after the change: ${each.join("; ")}. ` +
    `In all, ${usd(answer.before.total)} before and ${usd(answer.after.total)} after.`
  );
}

export type RequirementRow = {
  calendarYear: number;
  body: string;
  cycleEnd: string;
  before: number | null;
  after: number | null;
};

/** Every cycle that ends in the years shown, with what it asks for before and after (null: no such cycle). */
export function requirementRows(answer: WhatIfAnswer): RequirementRow[] {
  const rows = new Map<string, RequirementRow>();
  for (const y of answer.years) {
    const row = (r: { body: string; cycleEnd: string }) => {
      const key = `${r.body}|${r.cycleEnd}`;
      const found = rows.get(key) ?? { calendarYear: y.calendarYear, ...r, before: null, after: null };
      rows.set(key, found);
      return found;
    };
    for (const r of y.before.requirements) row(r).before = r.ceus;
    for (const r of y.requirements) row(r).after = r.ceus;
  }
  return [...rows.values()].sort((a, b) => a.cycleEnd.localeCompare(b.cycleEnd) || a.body.localeCompare(b.body));
}

/** "AAPC: 40 CEUs by 2027-11-30 (36 without the change)". */
export function requirementLine(r: RequirementRow): string {
  if (r.after === null) return `${r.body}: ${r.before} CEUs by ${r.cycleEnd} (no longer owed after the change)`;
  const what = `${r.body}: ${r.after} CEUs by ${r.cycleEnd}`;
  if (r.before === null) return `${what} (new with the change)`;
  return r.before === r.after ? `${what} (as now)` : `${what} (${r.before} without the change)`;
}
