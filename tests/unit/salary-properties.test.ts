import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { project } from "@/lib/salary/projection";
import type { ProjectionPath } from "@/lib/salary/types";
import { shippedPayContext } from "../helpers/pay-context";

const ctx = shippedPayContext(2026);
const roles = Object.keys(ctx.roles);
const codes = ["CPC", "CPMA", "RHIT", "RHIA", "CCS", "CDIP", "CCDS", "CHPS", "ODS", "CPHIMS"];

const pathArb: fc.Arbitrary<ProjectionPath> = fc
  .array(
    fc.record({
      role: fc.constantFrom(...roles),
      gap: fc.integer({ min: 0, max: 40 }).map((n) => n / 10),
      earn: fc.array(
        fc.record({
          code: fc.constantFrom(...codes),
          cost: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
        }),
        { maxLength: 2 },
      ),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((steps) => {
    let at = 0;
    return {
      steps: steps.map((s, i) => {
        at = i === 0 ? 0 : at + s.gap;
        return {
          role: s.role,
          startYear: at,
          earn: s.earn.map((e) => ({ kind: "credential", code: e.code, atYear: Math.max(0, at - 0.5), cost: e.cost })),
        };
      }),
    };
  });

const assumptionsArb = fc.record({
  raisePercent: fc.integer({ min: 0, max: 100 }).map((n) => n / 10),
  baseYearPercent: fc.integer({ min: -50, max: 100 }).map((n) => n / 10),
  // Sometimes no position: then the salary (when given) places the person in their band.
  position: fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }),
  currentSalary: fc.option(fc.integer({ min: 20_000, max: 200_000 }), { nil: null }),
  horizonYears: fc.integer({ min: 1, max: 25 }),
  includeRenewals: fc.boolean(),
  ownPay: fc.constant({ "privacy-officer": 95_000 }),
});
const heldArb = fc.uniqueArray(
  fc.record({ code: fc.constantFrom(...codes), at: fc.integer({ min: -80, max: 0 }).map((n) => n / 10) }),
  { selector: (h) => h.code, maxLength: 3 },
);

describe("projection properties", () => {
  it("keeps p25 ≤ median ≤ p75 every year, and subtracts every cost exactly once", () => {
    fc.assert(
      fc.property(pathArb, assumptionsArb, heldArb, (path, assumptions, held) => {
        const p = project(ctx, { path, currentRole: path.steps[0]!.role, held, assumptions });
        expect(p.years).toHaveLength(assumptions.horizonYears);
        for (const y of p.years) {
          expect(y.p25).not.toBeNull();
          expect(y.p25!).toBeLessThanOrEqual(y.median!);
          expect(y.median!).toBeLessThanOrEqual(y.p75!);
        }
        const costRows = p.costs.reduce((s, c) => s + c.amount, 0);
        expect(p.years.reduce((s, y) => s + y.costs, 0)).toBe(costRows);
        const paid = p.years.reduce((s, y) => s + y.pay!, 0);
        expect(p.cumulative.at(-1)!.plan).toBeCloseTo(paid - costRows, 6);
      }),
      { numRuns: 300 },
    );
  });

  it("with a raise ≥ 0 and no change of role, pay never falls", () => {
    fc.assert(
      fc.property(fc.constantFrom(...roles), assumptionsArb, (role, assumptions) => {
        const p = project(ctx, {
          path: { steps: [{ role, startYear: 0, earn: [] }] },
          currentRole: role,
          held: [],
          assumptions,
        });
        for (let i = 1; i < p.years.length; i++) {
          expect(p.years[i]!.pay!).toBeGreaterThanOrEqual(p.years[i - 1]!.pay!);
          expect(p.years[i]!.median!).toBeGreaterThanOrEqual(p.years[i - 1]!.median!);
        }
        // Staying put and a plan that stays put are the same thing: break-even from the first year.
        if (!assumptions.includeRenewals) expect(p.breakEvenYear).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});
