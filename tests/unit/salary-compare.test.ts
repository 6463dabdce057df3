import { describe, expect, it } from "vitest";
import { compareCumulativeRows, comparePayRows, mergeNotes, rolesOnPlans, sameStart } from "@/lib/salary/compare";
import { project } from "@/lib/salary/projection";
import type { ProjectionPath } from "@/lib/salary/types";
import { shippedPayContext } from "../helpers/pay-context";

const ctx = shippedPayContext(2026);
const flat = { raisePercent: 0, baseYearPercent: 0, includeRenewals: false, horizonYears: 3 };
const path = (...roles: string[]): ProjectionPath => ({
  steps: roles.map((role, i) => ({ role, startYear: i, earn: [] })),
});

const toEhr = { currentRole: "outpatient-coder", path: path("outpatient-coder", "ehr-analyst") };
const toRoi = { currentRole: "outpatient-coder", path: path("outpatient-coder", "roi-specialist") };
const fromRoi = { currentRole: "roi-specialist", path: path("roi-specialist", "outpatient-coder") };
const projected = [toEhr, toRoi].map((r) => project(ctx, { ...r, held: [], assumptions: flat }));

describe("plans side by side", () => {
  it("lists every role on the plans once, starting roles first", () => {
    expect(rolesOnPlans([toEhr, toRoi])).toEqual(["outpatient-coder", "ehr-analyst", "roi-specialist"]);
    expect(rolesOnPlans([{ currentRole: null, path: path("roi-specialist") }])).toEqual(["roi-specialist"]);
  });

  it("shows staying put only when every plan starts from the same role", () => {
    expect(sameStart([toEhr, toRoi])).toBe(true);
    expect(sameStart([toEhr, fromRoi])).toBe(false);
  });

  it("puts each plan's pay in a column of its own, year by year", () => {
    expect(comparePayRows(projected, 3)).toEqual([
      { year: 0, p0: 65_000, p1: 65_000 },
      { year: 1, p0: 105_850, p1: 48_780 },
      { year: 2, p0: 105_850, p1: 48_780 },
    ]);
    // A longer horizon than a projection covers leaves the missing years empty rather than inventing them.
    expect(comparePayRows(projected, 4)[3]).toEqual({ year: 3, p0: null, p1: null });
  });

  it("adds up earnings per plan, with staying put from the first plan only when asked", () => {
    expect(compareCumulativeRows(projected, 3, true)).toEqual([
      { year: 0, p0: 65_000, p1: 65_000, stay: 65_000 },
      { year: 1, p0: 170_850, p1: 113_780, stay: 130_000 },
      { year: 2, p0: 276_700, p1: 162_560, stay: 195_000 },
    ]);
    expect(compareCumulativeRows(projected, 1, false)).toEqual([{ year: 0, p0: 65_000, p1: 65_000, stay: null }]);
  });

  it("merges the plans' sources and caveats, each once", () => {
    const merged = mergeNotes(projected);
    const keys = merged.sources.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(projected.flatMap((p) => p.sources.map((s) => s.key))));
    expect(merged.notes).toEqual([...new Set(projected.flatMap((p) => p.notes))]);
    expect(merged.years).toBe(projected[0]!.years);
  });
});
