import { describe, expect, it } from "vitest";
import { formatUsdOrDash } from "@/lib/format";
import { bandChoiceLabel, bandSource, basisLabel } from "@/lib/salary/labels";
import { project } from "@/lib/salary/projection";
import {
  bandSummary,
  compareCumulativeSummary,
  comparePaySummary,
  cumulativeSummary,
  rolePaySummary,
} from "@/lib/salary/summaries";
import type { ProjectionPath } from "@/lib/salary/types";
import { shippedPayContext } from "../helpers/pay-context";

// The sentences are the charts' accessible names: these read them as a screen-reader user would hear them, for
// projections of the shipped figures with round assumptions (no raise, no renewals), so the figures can be checked
// by hand.

const ctx = shippedPayContext(2026);
const flat = { raisePercent: 0, baseYearPercent: 0, includeRenewals: false };
const coder = "outpatient-coder";

/** Outpatient coder (median $65,000, a range) to EHR analyst (median $105,850, BLS 2025) after a year. */
const toEhr: ProjectionPath = {
  steps: [
    { role: coder, startYear: 0, earn: [] },
    { role: "ehr-analyst", startYear: 1, earn: [{ kind: "credential", code: "CPMA", atYear: 0.5, cost: 499 }] },
  ],
};
const ehr = project(ctx, { path: toEhr, currentRole: coder, held: [], assumptions: { ...flat, horizonYears: 4 } });

/** A step down: ROI specialist pays a median of $48,780, so the plan never catches up. */
const toRoi: ProjectionPath = {
  steps: [
    { role: coder, startYear: 0, earn: [] },
    { role: "roi-specialist", startYear: 1, earn: [] },
  ],
};
const roi = project(ctx, { path: toRoi, currentRole: coder, held: [], assumptions: { ...flat, horizonYears: 4 } });

/** The privacy officer has no published figure, so the plan's pay is unknown from the move on. */
const toPrivacy: ProjectionPath = {
  steps: [
    { role: coder, startYear: 0, earn: [] },
    { role: "privacy-officer", startYear: 1, earn: [] },
  ],
};
const privacy = project(ctx, {
  path: toPrivacy,
  currentRole: coder,
  held: [],
  assumptions: { ...flat, horizonYears: 3 },
});

describe("one plan's chart sentences", () => {
  it("names both ends of the band, the person's own pay and when each step begins", () => {
    expect(bandSummary(ehr, 2026)).toBe(
      "Expected pay from 2026 to 2029: Outpatient / Professional Coder $65,000 median in 2026, " +
        "EHR Build / Validation Analyst $105,850 median in 2029; your expected pay $65,000 then $105,850. " +
        "Steps begin: EHR Build / Validation Analyst in 2027.",
    );
  });

  it("writes a dash for a figure no source gives", () => {
    expect(bandSummary(privacy, 2026)).toBe(
      "Expected pay from 2026 to 2028: Outpatient / Professional Coder $65,000 median in 2026, " +
        "Privacy Officer — median in 2028; your expected pay $65,000 then —. Steps begin: Privacy Officer in 2027.",
    );
  });

  it("says when the plan catches up with staying put, and by how much it is ahead at the end", () => {
    // Plan: 65,000 − 499 in the first year, then 3 × 105,850 = 382,051; staying put: 4 × 65,000 = 260,000.
    expect(ehr.cumulative.at(-1)).toEqual({ year: 3, plan: 382_051, stay: 260_000 });
    expect(cumulativeSummary(ehr, 2026)).toBe(
      "The plan's cumulative earnings, less costs, catch up with staying put in 2027 and stay ahead: " +
        "$122,051 ahead by the end of 2029.",
    );
  });

  it("says when the plan never catches up, and when a missing figure makes the two incomparable", () => {
    expect(cumulativeSummary(roi, 2026)).toBe("Within 4 years the plan does not catch up with staying put.");
    expect(cumulativeSummary(privacy, 2026)).toBe(
      "Cumulative earnings cannot be compared: a pay figure or your salary is missing (see below).",
    );
  });

  it("has a sentence for a projection with no years", () => {
    expect(bandSummary({ ...ehr, years: [] }, 2026)).toBe("No years to show.");
  });
});

describe("plans compared", () => {
  const plans = [
    { name: "To EHR", projection: ehr },
    { name: "To ROI", projection: roi },
  ];

  it("gives each plan's pay in the last year", () => {
    expect(comparePaySummary(plans, 2029)).toBe(
      "Expected pay on each plan to 2029: To EHR $105,850 in 2029; To ROI $48,780 in 2029.",
    );
  });

  it("gives each plan's earnings, when it gets ahead, and staying put only when the plans start alike", () => {
    // To ROI: 65,000 + 3 × 48,780 = 211,340.
    expect(compareCumulativeSummary(plans, 2029, 2026, true)).toBe(
      "Cumulative earnings, less costs, by the end of 2029: To EHR $382,051 (ahead of staying put from 2027); " +
        "To ROI $211,340; staying put $260,000.",
    );
    expect(compareCumulativeSummary(plans, 2029, 2026, false)).toBe(
      "Cumulative earnings, less costs, by the end of 2029: To EHR $382,051 (ahead of staying put from 2027); " +
        "To ROI $211,340 (the plans start from different roles, so staying put is not shown).",
    );
  });
});

describe("pay by role", () => {
  it("lists each role's band and the roles with no figure", () => {
    const rows = [
      { title: "Release of Information Specialist", p25: 39_620, p75: 61_960 },
      { title: "Outpatient / Professional Coder", p25: 55_000, p75: 75_000 },
    ];
    expect(rolePaySummary(rows, ["Privacy Officer"])).toBe(
      "Pay by role as published, lowest level first: Release of Information Specialist $39,620–$61,960; " +
        "Outpatient / Professional Coder $55,000–$75,000. No figure on file for Privacy Officer.",
    );
    expect(rolePaySummary(rows.slice(0, 1), [])).toBe(
      "Pay by role as published, lowest level first: Release of Information Specialist $39,620–$61,960.",
    );
  });
});

describe("labels of a figure's source", () => {
  const roiBands = ctx.roles["roi-specialist"]!.bands;
  const [bls, guide] = roiBands;

  it("names the publisher and year, or the year it was read when the source gives none", () => {
    expect(bandSource(bls!)).toBe("U.S. Bureau of Labor Statistics, 2023");
    expect(bandSource(guide!)).toMatch(/, read 2026$/);
  });

  it("says how much of the spread is known and how far to trust it", () => {
    expect(basisLabel(ctx, { role: "roi-specialist", basis: bls!.figureKey })).toBe(
      "U.S. Bureau of Labor Statistics, 2023 (percentiles; secondary source)",
    );
    const guess = basisLabel(ctx, { role: "roi-specialist", basis: guide!.figureKey });
    expect(guess).toMatch(/, read 2026 \(range; assumption\)$/);
    expect(basisLabel(ctx, { role: "roi-specialist", basis: "own" })).toBe("Your own figure (assumption)");
    expect(basisLabel(ctx, { role: "privacy-officer", basis: null })).toBe("No figure on file");
  });

  it("describes a figure to choose by whom it covers, its year and its publisher", () => {
    expect(bandChoiceLabel(bls!)).toBe(`${bls!.population} · 2023 · U.S. Bureau of Labor Statistics`);
    expect(bandChoiceLabel({ ...bls!, confidence: "assumption" })).toBe(`${bls!.population} · 2023 · assumption`);
  });

  it("writes a missing dollar figure as a dash", () => {
    expect([58_000, 0, null, undefined].map(formatUsdOrDash)).toEqual(["$58,000", "$0", "—", "—"]);
  });
});
