import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { credentialEligibility } from "@/lib/ladder/eligibility";
import { planPaths } from "@/lib/ladder/planner";
import { getPlannerGraph } from "@/lib/ladder/planner-queries";
import type { PersonState, PlannerGraph, PlanOptions } from "@/lib/ladder/planner-types";
import { educationLevels } from "@/lib/ladder/requirement-schema";
import { checkPath, sortedByObjective } from "../helpers/plan-checker";

let graph: PlannerGraph;
beforeAll(async () => {
  graph = await getPlannerGraph();
});

const opts = (o: Partial<PlanOptions> & { target: string }): PlanOptions => ({
  objective: "fastest",
  k: 3,
  avoidCredentials: [],
  avoidBodies: [],
  maxYears: null,
  asOf: "2026-11-27",
  ...o,
});

const allItems = (r: ReturnType<typeof planPaths>) =>
  r.paths.flatMap((p) => p.steps.flatMap((s) => s.earn.map((e) => ({ ...e, step: s }))));

describe("the planner on the seeded ladder", () => {
  it("plans ROI specialist (high school only) to HIM director, degree before RHIA, with reasons", () => {
    const person: PersonState = {
      currentRole: "roi-specialist",
      education: "high_school",
      yearsExperience: 0,
      credentials: [],
    };
    const o = opts({ target: "him-director" });
    const result = planPaths(graph, person, o);
    expect(result.paths.length).toBe(3);
    for (const path of result.paths) {
      expect(checkPath(graph, person, o, path)).toEqual([]);
      const earn = path.steps.flatMap((s) => s.earn);
      const degree = earn.findIndex((e) => e.kind === "education" && e.code === "bachelor");
      const rhia = earn.findIndex((e) => e.code === "RHIA");
      expect(degree).toBeGreaterThanOrEqual(0);
      expect(rhia).toBeGreaterThan(degree);
      expect(earn[degree]!.atYear).toBeLessThanOrEqual(earn[rhia]!.atYear);
      expect(earn[degree]!.reason).toMatch(/RHIA needs a bachelor's degree/);
      expect(earn[rhia]!.reason).toMatch(
        /Eligible: bachelor's or master's degree from a CAHIIM-accredited HIM program/,
      );
      expect(path.steps[0]!.role).toBe("roi-specialist");
      expect(path.steps.at(-1)!.role).toBe("him-director");
      expect(path.endMedianPay).toBe(117960); // BLS OEWS May 2024, 11-9111: the newest median on file
    }
    expect(sortedByObjective(result.paths, "fastest")).toBe(true);
  });

  it("never schedules CCDS before two years in a CDI role", () => {
    for (const currentRole of ["inpatient-coder", "coding-apprentice", "cdi-specialist", null]) {
      const person: PersonState = {
        currentRole,
        education: "associate",
        yearsExperience: currentRole === "cdi-specialist" ? 0.5 : 1,
        credentials: [{ code: "CCS", earnedOn: "2025-01-01" }],
      };
      for (const target of ["cdi-specialist", "coding-supervisor", "clinical-informatics-analyst"]) {
        if (currentRole === target) continue;
        const r = planPaths(graph, person, opts({ target, k: 5 }));
        for (const item of allItems(r).filter((e) => e.code === "CCDS")) {
          expect(item.step.role).toBe("cdi-specialist");
          const cdiBefore = currentRole === "cdi-specialist" ? 0.5 : 0;
          expect(cdiBefore + (item.atYear - item.step.startYear)).toBeGreaterThanOrEqual(2 - 0.05);
        }
      }
    }
  });

  it('never drops CPC\'s "-A" before two years of coding, or one year plus the course', () => {
    const person: PersonState = { currentRole: null, education: "high_school", yearsExperience: 0, credentials: [] };
    for (const objective of ["fastest", "cheapest"] as const) {
      const r = planPaths(graph, person, opts({ target: "coding-auditor", objective, k: 5 }));
      expect(r.paths.length).toBeGreaterThan(0);
      for (const path of r.paths) {
        let coding = 0;
        for (const step of path.steps) {
          const kinds = graph.roles.get(step.role)!.kinds;
          for (const e of step.earn.filter((x) => x.code === "CPC")) {
            const codingAtItem = coding + (kinds.includes("coding") ? e.atYear - step.startYear : 0);
            const course = step.earn.some((x) => x.kind === "course");
            expect(codingAtItem >= 2 - 0.05 || (codingAtItem >= 1 - 0.05 && course)).toBe(true);
          }
          if (kinds.includes("coding")) coding += step.years;
        }
      }
    }
  });

  it("schedules CHPS only after time in privacy work, and explains why an inpatient coder cannot earn it there", () => {
    const person: PersonState = {
      currentRole: "inpatient-coder",
      education: "associate",
      yearsExperience: 3,
      credentials: [{ code: "CCS", earnedOn: "2024-01-01" }],
    };
    const e = credentialEligibility(graph, person, "CHPS", "2026-11-27");
    expect(e.status).toBe("blocked");
    const r = planPaths(graph, person, opts({ target: "privacy-officer" }));
    const chps = allItems(r).filter((i) => i.code === "CHPS");
    expect(chps.length).toBeGreaterThan(0);
    for (const item of chps) {
      expect(item.optional).toBe(true);
      expect(item.step.role).toBe("privacy-officer");
      const privacyYears = item.atYear - item.step.startYear;
      // Associate or CCS + 4 years of privacy work; a bachelor's (planned alongside) + 2; a master's + 1.
      const degree = (level: string) =>
        item.step.earn.some((e) => e.kind === "education" && e.code === level && e.atYear <= item.atYear);
      expect(
        privacyYears >= 4 - 0.05 ||
          (degree("bachelor") && privacyYears >= 2 - 0.05) ||
          (degree("master") && privacyYears >= 1 - 0.05),
      ).toBe(true);
    }
  });

  it("answers the eligibility question for every credential and person without throwing", () => {
    const person: PersonState = {
      currentRole: "cdi-specialist",
      education: "bachelor",
      yearsExperience: 1,
      credentials: [{ code: "RHIT", earnedOn: "2022-05-01" }],
    };
    const ccds = credentialEligibility(graph, person, "CCDS", "2026-11-27");
    expect(ccds).toMatchObject({ status: "not_yet", earliestDate: "2027-11-27" });
    expect(credentialEligibility(graph, person, "CPC", "2026-11-27").status).toBe("eligible");
    expect(credentialEligibility(graph, person, "RHIT", "2026-11-27")).toMatchObject({
      status: "eligible",
      held: true,
    });
    for (const code of graph.credentials.keys())
      expect(() => credentialEligibility(graph, person, code, "2026-11-27")).not.toThrow();
  });

  it("explains a move that does not exist on the ladder", () => {
    const r = planPaths(
      graph,
      { currentRole: "him-director", education: "master", yearsExperience: 20, credentials: [] },
      opts({ target: "cancer-registrar" }),
    );
    expect(r.paths).toEqual([]);
    expect(r.explanation).toMatch(
      /No sequence of moves on the ladder leads from Director of Health Information to Cancer Registrar/,
    );
  });

  it("gives the same answers as an unbounded search, for every pair of roles and every objective", () => {
    const slugs = [...graph.roles.keys()];
    const summary = (r: ReturnType<typeof planPaths>) =>
      r.paths.map((p) => [p.steps.map((s) => s.role).join(">"), p.totalYears, p.totalCost]);
    for (const objective of ["fastest", "cheapest", "best_pay"] as const) {
      for (const from of [null, ...slugs]) {
        for (const target of slugs) {
          if (from === target) continue;
          const person: PersonState = {
            currentRole: from,
            education: "high_school",
            yearsExperience: 1,
            credentials: [],
          };
          const bounded = planPaths(graph, person, opts({ target, objective }));
          const wide = planPaths(graph, person, opts({ target, objective, perRoleExpansions: 1_000 }));
          expect(summary(bounded), `${from} → ${target} (${objective})`).toEqual(summary(wide));
        }
      }
    }
  });

  it("holds the path properties for random people and targets on the real ladder", () => {
    const slugs = [...graph.roles.keys()];
    const codes = [...graph.credentials.keys()].filter((c) => graph.credentials.get(c)!.plannable);
    fc.assert(
      fc.property(
        fc.record({
          start: fc.option(fc.constantFrom(...slugs), { nil: null }),
          target: fc.constantFrom(...slugs),
          education: fc.constantFrom(...educationLevels),
          years: fc.integer({ min: 0, max: 15 }),
          held: fc.subarray(codes, { maxLength: 4 }),
          objective: fc.constantFrom("fastest", "cheapest", "best_pay") as fc.Arbitrary<PlanOptions["objective"]>,
          k: fc.integer({ min: 1, max: 4 }),
        }),
        (s) => {
          const person: PersonState = {
            currentRole: s.start,
            education: s.education,
            yearsExperience: s.years,
            credentials: s.held.map((code) => ({ code, earnedOn: "2023-03-01" })),
          };
          const o = opts({ target: s.target, objective: s.objective, k: s.k });
          const r = planPaths(graph, person, o);
          if (r.paths.length === 0) return void expect(r.explanation).toBeTruthy();
          for (const p of r.paths) expect(checkPath(graph, person, o, p)).toEqual([]);
          expect(sortedByObjective(r.paths, o.objective)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
