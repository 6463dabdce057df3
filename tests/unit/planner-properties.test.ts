import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planPaths } from "@/lib/ladder/planner";
import type { PersonState, PlanOptions } from "@/lib/ladder/planner-types";
import { educationLevels, experienceKinds } from "@/lib/ladder/requirement-schema";
import { syntheticGraph } from "../fixtures/synthetic-graph";
import { checkPath, sortedByObjective } from "../helpers/plan-checker";

// Properties over random graphs (with cycles, any-of groups, experience and education rules) and random people:
// every path follows existing moves from the current role to the target, meets every requirement at its step
// (checked by an independent replay), is distinct, and the list comes sorted by the objective.

const scenario = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  roles: fc.integer({ min: 4, max: 14 }),
  extraMoves: fc.integer({ min: 0, max: 25 }),
  credentials: fc.integer({ min: 2, max: 8 }),
  start: fc.nat(),
  target: fc.nat(),
  outside: fc.boolean(),
  education: fc.constantFrom(...educationLevels),
  years: fc.integer({ min: 0, max: 12 }),
  experience: fc.option(fc.dictionary(fc.constantFrom(...experienceKinds), fc.integer({ min: 0, max: 8 })), {
    nil: undefined,
  }),
  heldMask: fc.integer({ min: 0, max: 255 }),
  objective: fc.constantFrom("fastest", "cheapest", "best_pay") as fc.Arbitrary<PlanOptions["objective"]>,
  k: fc.integer({ min: 1, max: 4 }),
  maxYears: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
  avoid: fc.integer({ min: 0, max: 7 }),
});

describe("planner properties", () => {
  it("every returned path is a valid, requirement-meeting walk to the target, and the list is sorted", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const levels = Math.max(2, Math.min(4, Math.floor(s.roles / 2)));
        const graph = syntheticGraph({
          roles: s.roles,
          moves: s.roles + s.extraMoves,
          credentials: s.credentials,
          levels,
          seed: s.seed,
        });
        const slugs = [...graph.roles.keys()];
        const codes = [...graph.credentials.keys()];
        const person: PersonState = {
          currentRole: s.outside ? null : slugs[s.start % slugs.length]!,
          education: s.education,
          yearsExperience: s.years,
          experience: s.experience,
          yearsInRole: Math.min(s.years, 2),
          credentials: codes.filter((_, i) => (s.heldMask >> i) & 1).map((code) => ({ code, earnedOn: "2024-01-01" })),
        };
        const opts: PlanOptions = {
          target: slugs[s.target % slugs.length]!,
          objective: s.objective,
          k: s.k,
          avoidCredentials: codes.filter((_, i) => (s.avoid >> i) & 1 && i > 2),
          avoidBodies: [],
          maxYears: s.maxYears,
          asOf: "2026-11-27",
        };
        const result = planPaths(graph, person, opts);
        if (result.paths.length === 0) {
          expect(result.explanation, "an empty answer must say why").toBeTruthy();
          return;
        }
        expect(result.paths.length).toBeLessThanOrEqual(opts.k);
        for (const p of result.paths) expect(checkPath(graph, person, opts, p)).toEqual([]);
        expect(new Set(result.paths.map((p) => p.steps.map((x) => x.role).join(">"))).size).toBe(result.paths.length);
        expect(sortedByObjective(result.paths, opts.objective)).toBe(true);
      }),
      { numRuns: Number(process.env.PLANNER_PROPERTY_RUNS ?? 300) },
    );
  });

  it("asking for more paths never changes the best one", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (seed) => {
        const graph = syntheticGraph({ roles: 12, moves: 30, credentials: 6, levels: 4, seed });
        const slugs = [...graph.roles.keys()];
        const person: PersonState = {
          currentRole: slugs[0]!,
          education: "associate",
          yearsExperience: 2,
          credentials: [],
        };
        const base = {
          target: slugs.at(-1)!,
          objective: "fastest" as const,
          avoidCredentials: [],
          avoidBodies: [],
          maxYears: null,
          asOf: "2026-11-27",
        };
        const one = planPaths(graph, person, { ...base, k: 1 }).paths[0];
        const three = planPaths(graph, person, { ...base, k: 3 }).paths[0];
        expect(three?.totalYears).toBe(one?.totalYears);
      }),
      { numRuns: Number(process.env.PLANNER_PROPERTY_RUNS ?? 100) },
    );
  });
});
