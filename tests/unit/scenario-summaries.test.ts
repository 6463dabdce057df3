import { describe, expect, it } from "vitest";
import {
  ceuChartSummary,
  costChartSummary,
  requirementLine,
  requirementRows,
  whatIfSentence,
  type ScenarioChange,
} from "@/lib/salary/scenario-summaries";
import { whatIf, type WhatIfRequest } from "@/lib/salary/what-if";
import { shippedWhatIfContext } from "../helpers/pay-context";

// The what-if in words, from the shipped rules and fees (AAPC: a pool of 36 CEUs for one credential, 40 for two,
// every two years, $425 exams, $190 dues a year; AHIMA: 20 CEUs plus 10 per additional credential, $249 a cycle
// plus $50 per additional credential), so every figure can be checked by hand.

const ctx = shippedWhatIfContext(2026);
const ask = (req: Partial<WhatIfRequest>) =>
  whatIf(ctx, {
    today: "2026-12-01",
    years: 5,
    credentials: [],
    custom: [],
    add: [],
    remove: [],
    memberships: {},
    ...req,
  });
const adding = (code: string, body: string, on: string): ScenarioChange => ({ add: { code, body, on }, remove: [] });

const cpc = [{ code: "CPC", earnedOn: "2025-12-01" }];
const cpma = ask({ credentials: cpc, add: [{ code: "CPMA", on: "2027-06-01" }] });

describe("the what-if sentence", () => {
  it("a second AAPC credential: two more CEUs a year and the exam, the dues already paid", () => {
    expect(whatIfSentence(cpma, adding("CPMA", "AAPC", "2027-06-01"))).toBe(
      "Adding CPMA raises the CEUs you need from about 18 to 20 a year and costs $425 more over 5 years " +
        "(2026–2030): $425 in exam fees.",
    );
  });

  it("a first credential: CEUs from none, the exam, and the body's dues every year from the year it is earned", () => {
    const answer = ask({ add: [{ code: "CIC", on: "2027-06-01" }] });
    expect(whatIfSentence(answer, adding("CIC", "AAPC", "2027-06-01"))).toBe(
      "Adding CIC raises the CEUs you need from none to about 14 a year and costs $1,185 more over 5 years " +
        "(2026–2030): $425 in exam fees and $190 a year more in AAPC dues from 2027.",
    );
  });

  it("a second AHIMA credential: its renewal surcharge, named by the body", () => {
    const answer = ask({
      credentials: [{ code: "RHIT", earnedOn: "2021-05-01" }],
      add: [{ code: "CCS", on: "2027-01-15" }],
    });
    expect(whatIfSentence(answer, adding("CCS", "AHIMA", "2027-01-15"))).toBe(
      "Adding CCS raises the CEUs you need from about 10 to 15 a year and costs $499 more over 5 years " +
        "(2026–2030): $399 in exam fees and $100 more in AHIMA renewal fees.",
    );
  });

  it("swapping one credential for another: fewer CEUs, the new exam, a year's dues saved", () => {
    const answer = ask({
      credentials: [
        { code: "RHIT", earnedOn: "2021-05-01" },
        { code: "CPB", earnedOn: "2024-05-01" },
      ],
      add: [{ code: "CIC", on: "2027-06-01" }],
      remove: ["CPB"],
    });
    const change = { add: { code: "CIC", body: "AAPC", on: "2027-06-01" }, remove: [{ code: "CPB", body: "AAPC" }] };
    expect(whatIfSentence(answer, change)).toBe(
      "Adding CIC and dropping CPB lowers the CEUs you need from about 28 to 24 a year and costs $235 more over " +
        "5 years (2026–2030): $425 in exam fees and $190 less in AAPC dues.",
    );
  });

  it("dropping the only credential: no CEUs, and what it saves", () => {
    const answer = ask({ credentials: [{ code: "CCDS", earnedOn: "2025-10-01" }], remove: ["CCDS"] });
    expect(whatIfSentence(answer, { add: null, remove: [{ code: "CCDS", body: "ACDIS" }] })).toBe(
      `Dropping CCDS lowers the CEUs you need from about 15 a year to none and saves $${answer.before.total} over 5 ` +
        `years (2026–2030): $${answer.before.total} less in ACDIS renewal fees.`,
    );
  });

  it("a credential earned after the years shown changes nothing in them, and says so", () => {
    const answer = ask({ credentials: cpc, add: [{ code: "CPMA", on: "2032-03-01" }] });
    expect(whatIfSentence(answer, adding("CPMA", "AAPC", "2032-03-01"))).toBe(
      "Adding CPMA leaves the CEUs you need at about 18 a year and costs nothing more over 5 years (2026–2030). " +
        "CPMA would be earned on 2032-03-01, after 2030: show more years to see what keeping it costs.",
    );
  });

  it("one year is 'in' that year", () => {
    const answer = ask({ years: 1, add: [{ code: "CIC", on: "2026-12-15" }] });
    expect(whatIfSentence(answer, adding("CIC", "AAPC", "2026-12-15"))).toMatch(/costs \$615 more in 2026: /);
  });
});

describe("the charts' accessible names", () => {
  it("reads each year's CEU rate before and after", () => {
    expect(ceuChartSummary(cpma)).toBe(
      "CEUs needed a year, before and after the change: 2026 18 and 20; 2027 18 and 20; 2028 18 and 20; " +
        "2029 18 and 20; 2030 18 and 20. Each cycle's requirement is spread evenly over its years.",
    );
  });

  it("reads each year's costs before and after, and the totals", () => {
    expect(costChartSummary(cpma)).toBe(
      "Costs a year, before and after the change: 2026 $190 and $190; 2027 $190 and $615; 2028 $190 and $190; " +
        "2029 $190 and $190; 2030 $190 and $190. In all, $950 before and $1,375 after.",
    );
  });
});

describe("the requirements, cycle by cycle", () => {
  it("pairs each cycle's requirement before and after: the AAPC pool from 36 to 40", () => {
    const rows = requirementRows(cpma);
    expect(rows.map(requirementLine)).toEqual([
      "AAPC: 40 CEUs by 2027-11-30 (36 without the change)",
      "AAPC: 40 CEUs by 2029-11-30 (36 without the change)",
    ]);
    expect(rows.map((r) => r.calendarYear)).toEqual([2027, 2029]);
  });

  it("says which cycles are new with the change and which are no longer owed", () => {
    const answer = ask({
      credentials: [{ code: "CPB", earnedOn: "2024-05-01" }],
      add: [{ code: "RHIT", on: "2027-06-01" }],
      remove: ["CPB"],
    });
    const lines = requirementRows(answer).map(requirementLine);
    expect(lines).toContain("AAPC: 36 CEUs by 2028-04-30 (no longer owed after the change)");
    expect(lines.some((l) => /^AHIMA: 20 CEUs by .* \(new with the change\)$/.test(l))).toBe(true);
  });

  it("says when a cycle asks for the same", () => {
    const row = { calendarYear: 2027, body: "AHIMA", cycleEnd: "2027-04-30", before: 20, after: 20 };
    expect(requirementLine(row)).toBe("AHIMA: 20 CEUs by 2027-04-30 (as now)");
  });
});
