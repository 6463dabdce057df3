import { describe, expect, it } from "vitest";
import { bandFromFigure, positionOf, rankBands, valueAt } from "@/lib/salary/bands";
import { buildPayContext, type PayContextRows } from "@/lib/salary/context";
import { breakEven, defaultHorizon, project } from "@/lib/salary/projection";
import type { PayFigureInput, ProjectionPath } from "@/lib/salary/types";
import { shippedPayContext } from "../helpers/pay-context";

const src = { key: "s", title: "Survey", publisher: "Pub", year: 2024, url: null };
const figure = (f: Partial<PayFigureInput> & { key: string }): PayFigureInput => ({
  population: "People",
  kind: "median",
  year: 2024,
  p10: null,
  p25: null,
  median: null,
  p75: null,
  p90: null,
  average: null,
  low: null,
  high: null,
  highOpen: false,
  socCode: null,
  note: null,
  confidence: "confirmed",
  source: src,
  ...f,
});

/** A small world with round numbers: A pays 50,000, B 60,000, C has no figure; exam X costs 5,000. */
function tinyContext(extra: Partial<PayContextRows> = {}) {
  return buildPayContext({
    thisYear: 2026,
    roles: [
      { slug: "a", title: "Role A", level: 1, figureKeys: ["fa"] },
      { slug: "b", title: "Role B", level: 2, figureKeys: ["fb"] },
      { slug: "c", title: "Role C", level: 3, figureKeys: [] },
    ],
    figures: [figure({ key: "fa", median: 50_000, year: 2026 }), figure({ key: "fb", median: 60_000, year: 2026 })],
    credentials: [
      { code: "X", body: "AHIMA", renewalCycleMonths: 24, licence: false },
      { code: "Y", body: "AAPC", renewalCycleMonths: 24, licence: false },
    ],
    fees: [
      {
        body: "AHIMA",
        credential: null,
        kind: "recertification",
        audience: "non_member",
        label: "Recert",
        amount: 249,
        confidence: "secondary",
        source: src,
      },
    ],
    ...extra,
  });
}

const aToB: ProjectionPath = {
  steps: [
    { role: "a", startYear: 0, earn: [] },
    { role: "b", startYear: 1, earn: [{ kind: "credential", code: "X", atYear: 0.5, cost: 5_000 }] },
  ],
};

describe("pay bands", () => {
  it("builds one band per figure and says how much of the spread is known", () => {
    const pct = bandFromFigure(figure({ key: "p", kind: "percentiles", p10: 1, p25: 2, median: 3, p75: 4, p90: 5 }))!;
    expect(pct).toMatchObject({ shape: "percentiles", p25: 2, median: 3, p75: 4, p10: 1, p90: 5 });
    const range = bandFromFigure(
      figure({ key: "r", kind: "range", low: 40_000, high: 52_000, highOpen: true, year: null }),
    )!;
    expect(range).toMatchObject({ shape: "range", p25: 40_000, median: 46_000, p75: 52_000 });
    expect(range.note).toMatch(/Only a range is known.*midpoint.*top is open/);
    expect(bandFromFigure(figure({ key: "m", median: 58_895 }))).toMatchObject({
      shape: "point",
      p25: 58_895,
      p75: 58_895,
    });
    expect(bandFromFigure(figure({ key: "v", kind: "average", average: 70_320 }))!.note).toMatch(/average/);
    expect(bandFromFigure(figure({ key: "f", low: 64_000, highOpen: true }))).toMatchObject({
      shape: "floor",
      median: 64_000,
    });
    expect(bandFromFigure(figure({ key: "none" }))).toBeNull();
  });

  it("ranks the most spread first, then the more trustworthy source, then the newer year", () => {
    const bands = [
      bandFromFigure(figure({ key: "point-new", median: 1, year: 2025 }))!,
      bandFromFigure(figure({ key: "range-guess", low: 1, high: 2, year: null, confidence: "assumption" }))!,
      bandFromFigure(figure({ key: "range-old", low: 1, high: 2, year: 2015 }))!,
      bandFromFigure(figure({ key: "pct", p25: 1, median: 2, p75: 3, year: 2019 }))!,
    ];
    expect(rankBands(bands).map((b) => b.figureKey)).toEqual(["pct", "range-old", "range-guess", "point-new"]);
  });

  it("places a salary in a band and finds the same salary again at that position", () => {
    const b = bandFromFigure(
      figure({ key: "p", kind: "percentiles", p10: 35_080, p25: 39_620, median: 48_780, p75: 61_960, p90: 77_810 }),
    )!;
    expect(positionOf(b, 48_780)).toEqual({ position: 50, clamped: null });
    for (const salary of [36_000, 39_620, 45_000, 61_960, 70_000]) {
      expect(valueAt(b, positionOf(b, salary)!.position)).toBeCloseTo(salary, 6);
    }
    expect(positionOf(b, 20_000)).toEqual({ position: 10, clamped: "below" });
    expect(positionOf(b, 200_000)).toEqual({ position: 90, clamped: "above" });
    expect(valueAt(b, 5)).toBe(35_080);
    expect(positionOf(bandFromFigure(figure({ key: "m", median: 5 }))!, 5)).toBeNull();
  });
});

describe("the shipped pay context", () => {
  const ctx = shippedPayContext(2026);

  it("derives the default yearly change from dated BLS medians, with its working", () => {
    expect(ctx.derivedGrowth.basis).toEqual([
      { socCode: "11-9111", from: 100_980, to: 117_960, fromYear: 2019, toYear: 2024, percent: 3.2 },
      { socCode: "29-2072", from: 48_780, to: 50_250, fromYear: 2023, toYear: 2024, percent: 3 },
      { socCode: "29-9021", from: 55_560, to: 58_250, fromYear: 2021, toYear: 2022, percent: 4.8 },
    ]);
    // (117,960 / 100,980)^(1/5) − 1 = 3.2%; the mean of 3.2, 3.0 and 4.8 is 3.67.
    expect(ctx.derivedGrowth.percent).toBe(3.7);
  });

  it("prices renewals at non-member rates, once per body and cycle, and names the bodies no source prices", () => {
    expect(ctx.renewalFees.map((f) => [f.body, f.kind, f.everyYears, f.amount])).toEqual([
      ["AAPC", "dues", 1, 190], // AAPC membership FAQ, read 2026: yearly dues keep every AAPC credential
      ["ACDIS", "renewal", 2, 200],
      ["AHIMA", "renewal", 2, 249],
      ["NCRA", "renewal", 1, 145],
    ]);
    expect(ctx.unpricedBodies).toEqual(["HIMSS"]);
  });

  it("uses BLS percentiles for Medical Records roles, and has no figure for the privacy officer", () => {
    expect(ctx.roles["roi-specialist"]!.bands[0]).toMatchObject({
      figureKey: "bls-2023-29-2072",
      p25: 39_620,
      median: 48_780,
      p75: 61_960,
      year: 2023,
    });
    expect(ctx.roles["privacy-officer"]!.bands).toEqual([]);
  });
});

describe("projection", () => {
  const flat = { raisePercent: 0, baseYearPercent: 0, includeRenewals: false, horizonYears: 4 };

  it("does the break-even arithmetic: the exam cost is paid once, the better pay recovers it", () => {
    const p = project(tinyContext(), { path: aToB, currentRole: "a", held: [], assumptions: flat });
    expect(p.years.map((y) => [y.role, y.pay, y.costs])).toEqual([
      ["a", 50_000, 5_000],
      ["b", 60_000, 0],
      ["b", 60_000, 0],
      ["b", 60_000, 0],
    ]);
    expect(p.cumulative).toEqual([
      { year: 0, plan: 45_000, stay: 50_000 },
      { year: 1, plan: 105_000, stay: 100_000 },
      { year: 2, plan: 165_000, stay: 150_000 },
      { year: 3, plan: 225_000, stay: 200_000 },
    ]);
    expect(p.breakEvenYear).toBe(1);
    expect(p.costs).toEqual([
      { year: 0, label: "X exam", amount: 5_000, kind: "exam", confidence: "assumption", source: null },
    ]);
    expect(p.markers).toEqual([{ year: 1, role: "b", title: "Role B" }]);
  });

  it("finds no break-even when the plan never catches up, and only counts a lasting lead", () => {
    expect(
      breakEven([
        { year: 0, plan: 1, stay: 2 },
        { year: 1, plan: 1, stay: 3 },
      ]),
    ).toBeNull();
    expect(
      breakEven([
        { year: 0, plan: 3, stay: 2 },
        { year: 1, plan: 1, stay: 3 },
        { year: 2, plan: 5, stay: 4 },
      ]),
    ).toBe(2);
    expect(breakEven([{ year: 0, plan: 2, stay: 2 }])).toBe(0);
    expect(breakEven([{ year: 0, plan: null, stay: 2 }])).toBeNull();
  });

  it("starts staying put from the person's salary, and carries their place in the band to the next role", () => {
    const ctx = shippedPayContext(2026);
    const path: ProjectionPath = {
      steps: [
        { role: "outpatient-coder", startYear: 0, earn: [] },
        { role: "coding-auditor", startYear: 2, earn: [] },
      ],
    };
    const p = project(ctx, {
      path,
      currentRole: "outpatient-coder",
      held: [],
      assumptions: { ...flat, currentSalary: 70_000 },
    });
    // The career-guide range 55,000–75,000 (midpoint 65,000): 70,000 sits at the 62.5th percentile.
    expect(p.assumptions).toMatchObject({ position: 62.5, positionFrom: "salary" });
    expect(p.years.map((y) => y.pay)).toEqual([70_000, 70_000, 70_000, 70_000]);
    expect(p.cumulative.at(-1)).toEqual({ year: 3, plan: 280_000, stay: 280_000 });
    expect(p.notes.some((n) => /^Outpatient \/ Professional Coder: Only a range is known/.test(n))).toBe(true);
  });

  it("grows every figure by the raise, and brings dated figures to this year at the base-year rate", () => {
    const ctx = shippedPayContext(2026);
    const path: ProjectionPath = { steps: [{ role: "roi-specialist", startYear: 0, earn: [] }] };
    const p = project(ctx, {
      path,
      currentRole: "roi-specialist",
      held: [],
      assumptions: { raisePercent: 2, baseYearPercent: 3, horizonYears: 3 },
    });
    const base = 48_780 * 1.03 ** 3; // BLS May 2023 median, brought to 2026
    expect(p.years.map((y) => y.median)).toEqual([0, 1, 2].map((y) => Math.round(base * 1.02 ** y)));
    expect(p.years[0]!.calendarYear).toBe(2026);
    expect(p.sources.map((s) => s.key)).toContain("bls-oews-2023-29-2072");
  });

  it("says which role has no pay figure, stops the totals there, and takes the person's own figure", () => {
    const ctx = tinyContext();
    const path: ProjectionPath = {
      steps: [
        { role: "a", startYear: 0, earn: [] },
        { role: "c", startYear: 2, earn: [] },
      ],
    };
    const unknown = project(ctx, { path, currentRole: "a", held: [], assumptions: flat });
    expect(unknown.years.map((y) => y.pay)).toEqual([50_000, 50_000, null, null]);
    expect(unknown.cumulative.map((c) => c.plan)).toEqual([50_000, 100_000, null, null]);
    expect(unknown.breakEvenYear).toBeNull();
    expect(unknown.notes[0]).toMatch(/No pay figure is on file for Role C/);
    const own = project(ctx, { path, currentRole: "a", held: [], assumptions: { ...flat, ownPay: { c: 90_000 } } });
    expect(own.years.map((y) => [y.pay, y.basis])).toEqual([
      [50_000, "fa"],
      [50_000, "fa"],
      [90_000, "own"],
      [90_000, "own"],
    ]);
    expect(own.breakEvenYear).toBe(0);
  });

  it("uses the figure the person picks for a role", () => {
    const ctx = shippedPayContext(2026);
    const path: ProjectionPath = { steps: [{ role: "cdi-specialist", startYear: 0, earn: [] }] };
    const p = project(ctx, {
      path,
      currentRole: "cdi-specialist",
      held: [],
      assumptions: { ...flat, horizonYears: 1, basis: { "cdi-specialist": "guide-senior" } },
    });
    expect(p.years[0]).toMatchObject({ p25: 75_000, median: 85_000, p75: 95_000, basis: "guide-senior" });
  });

  it("charges each body's renewal fee once per cycle from the first credential held, in both scenarios", () => {
    const ctx = tinyContext();
    const path: ProjectionPath = {
      steps: [{ role: "a", startYear: 0, earn: [{ kind: "credential", code: "Y", atYear: 0, cost: 400 }] }],
    };
    // X (AHIMA) earned 1.25 years ago: renewals fall 0.75, 2.75, 4.75 years from now. Y (AAPC) has no priced renewal.
    const p = project(ctx, {
      path,
      currentRole: "a",
      held: [{ code: "X", at: -1.25 }],
      assumptions: { ...flat, horizonYears: 6, includeRenewals: true },
    });
    expect(p.costs.filter((c) => c.kind === "renewal").map((c) => c.year)).toEqual([0, 2, 4]);
    expect(p.years.map((y) => y.costs)).toEqual([649, 0, 249, 0, 249, 0]);
    expect(p.cumulative.at(-1)).toEqual({ year: 5, plan: 300_000 - 400 - 747, stay: 300_000 - 747 });
    expect(p.notes.some((n) => /renewal or membership cost for AAPC/.test(n))).toBe(true);
  });

  it("counts AAPC's yearly membership dues ($190, membership FAQ read 2026) while an AAPC credential is held", () => {
    const ctx = shippedPayContext(2026);
    const path: ProjectionPath = { steps: [{ role: "outpatient-coder", startYear: 0, earn: [] }] };
    const p = project(ctx, {
      path,
      currentRole: "outpatient-coder",
      held: [{ code: "CPC", at: -3 }],
      assumptions: { ...flat, horizonYears: 3, includeRenewals: true },
    });
    expect(p.costs.filter((c) => c.kind === "dues").map((c) => [c.year, c.amount])).toEqual([
      [0, 190],
      [1, 190],
      [2, 190],
    ]);
    expect(p.notes.some((n) => /cost for AAPC/.test(n))).toBe(false);
  });

  it("with no role yet, keeps the person's present pay until the plan's first role begins", () => {
    const ctx = tinyContext();
    const path: ProjectionPath = {
      steps: [
        { role: "a", startYear: 1.5, earn: [] },
        { role: "b", startYear: 3, earn: [] },
      ],
    };
    const withSalary = project(ctx, {
      path,
      currentRole: null,
      held: [],
      assumptions: { ...flat, currentSalary: 30_000 },
    });
    expect(withSalary.years.map((y) => [y.title, y.pay])).toEqual([
      ["No role yet", 30_000],
      ["Role A", 50_000],
      ["Role A", 50_000],
      ["Role B", 60_000],
    ]);
    expect(withSalary.cumulative.at(-1)).toEqual({ year: 3, plan: 190_000, stay: 120_000 });
    expect(withSalary.breakEvenYear).toBe(0); // never behind: the same pay in year 0, more after
    const without = project(ctx, { path, currentRole: null, held: [], assumptions: flat });
    expect(without.cumulative.every((c) => c.stay === null)).toBe(true);
    expect(without.breakEvenYear).toBeNull();
    expect(without.notes).toContain("Enter your current salary to compare the plan with staying put.");
  });

  it("defaults the horizon to ten years, or five past the last step", () => {
    expect(defaultHorizon({ steps: [{ role: "a", startYear: 0, earn: [] }] })).toBe(10);
    expect(
      defaultHorizon({
        steps: [
          { role: "a", startYear: 0, earn: [] },
          { role: "b", startYear: 8.2, earn: [] },
        ],
      }),
    ).toBe(14);
  });
});
