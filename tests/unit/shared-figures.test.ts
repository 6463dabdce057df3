import { describe, expect, it } from "vitest";
import { project } from "@/lib/salary/projection";
import { sharedFigureNote, sharedFigures } from "@/lib/salary/shared-figures";
import type { ProjectionPath } from "@/lib/salary/types";
import { shippedPayContext } from "../helpers/pay-context";

// Roles charted from one published figure: the shipped data gives HIM Manager and Director of Health Information the
// same BLS 11-9111 band, and others share theirs too (four coder roles charted from one guide figure). Each view
// that shows both has to say it is one figure.

const ctx = shippedPayContext(2026);
const roles = Object.values(ctx.roles).sort((a, b) => a.level - b.level || a.title.localeCompare(b.title));
const chosen = roles.map((r) => ({ title: r.title, band: r.bands[0] ?? null }));
const managers =
  "HIM Manager and Director of Health Information are shown with the same figure (Medical and Health Services " +
  "Managers (SOC 11-9111), national; U.S. Bureau of Labor Statistics, 2019): one figure, not two pieces of evidence.";

describe("roles that share a pay figure", () => {
  it("finds every figure charted for more than one role in the shipped data", () => {
    expect(sharedFigures(chosen).map((s) => [s.figureKey, s.roles])).toEqual([
      ["bls-2023-29-2072", ["Medical Coder (apprentice)", "Release of Information Specialist"]],
      [
        "guide-experienced",
        [
          "Inpatient Facility Coder",
          "Outpatient / Professional Coder",
          "Risk Adjustment Coder (payer side)",
          "Coding Auditor",
        ],
      ],
      ["bls-2025-15-1211", ["EHR Build / Validation Analyst", "Clinical Informatics Analyst"]],
      ["bls-2019-11-9111", ["HIM Manager", "Director of Health Information"]],
    ]);
  });

  it("says which roles share it, what it describes and who published it", () => {
    const him = sharedFigures(chosen).find((s) => s.figureKey === "bls-2019-11-9111")!;
    expect(sharedFigureNote(him)).toBe(managers);
  });

  it("ignores a person's own figures, roles without a figure, and a role named twice", () => {
    const own = { ...ctx.roles["him-manager"]!.bands[0]!, figureKey: "own" };
    expect(
      sharedFigures([
        { title: "A", band: own },
        { title: "B", band: own },
        { title: "C", band: null },
        { title: "D", band: null },
      ]),
    ).toEqual([]);
    const band = ctx.roles["him-manager"]!.bands[0]!;
    expect(
      sharedFigures([
        { title: "HIM Manager", band },
        { title: "HIM Manager", band },
      ]),
    ).toEqual([]);
  });
});

describe("a projection through two roles that share a figure", () => {
  const path: ProjectionPath = {
    steps: [
      { role: "him-manager", startYear: 0, earn: [] },
      { role: "him-director", startYear: 2, earn: [] },
    ],
  };
  const flat = { raisePercent: 0, baseYearPercent: 0, includeRenewals: false, horizonYears: 4 };

  it("adds the note after the existing ones", () => {
    const p = project(ctx, { path, currentRole: "him-manager", held: [], assumptions: flat });
    expect(p.notes.at(-1)).toBe(managers);
    expect(p.notes.filter((n) => n === managers)).toHaveLength(1);
  });

  it("leaves it out where the roles have their own figures (or the person's own)", () => {
    const chosenBasis = { ...flat, basis: { "him-director": "bls-2024-11-9111-median" } };
    const own = { ...flat, ownPay: { "him-manager": 90_000, "him-director": 120_000 } };
    for (const assumptions of [chosenBasis, own]) {
      const p = project(ctx, { path, currentRole: "him-manager", held: [], assumptions });
      expect(p.notes.some((n) => n.includes("same figure"))).toBe(false);
    }
  });
});
