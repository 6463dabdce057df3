import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planPaths, simulateRoles } from "@/lib/ladder/planner";
import type { PersonState, PlannerGraph, PlanOptions } from "@/lib/ladder/planner-types";
import { educationLevels } from "@/lib/ladder/requirement-schema";
import { syntheticGraph } from "../fixtures/synthetic-graph";

// On small graphs, brute force every simple path from the current role to the target and walk each one, taking the
// best way to meet each move: whenever such a walk exists the planner must find a path, and its best must be at
// least as good as the best walk (it may be better, as it also weighs which credential to take for later use).

function allSimplePaths(graph: PlannerGraph, from: string, to: string, maxLen = 8): string[][] {
  const out: string[][] = [];
  const walk = (path: string[]) => {
    const here = path.at(-1)!;
    if (here === to) return void out.push(path);
    if (path.length >= maxLen) return;
    for (const m of graph.movesFrom.get(here) ?? []) if (!path.includes(m.to)) walk([...path, m.to]);
  };
  walk([from]);
  return out;
}

describe("planner optimality", () => {
  it("finds a path whenever one exists, and none better exists", () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 1, max: 1_000_000 }),
          roles: fc.integer({ min: 4, max: 9 }),
          extra: fc.integer({ min: 0, max: 12 }),
          education: fc.constantFrom(...educationLevels),
          years: fc.integer({ min: 0, max: 6 }),
          objective: fc.constantFrom("fastest", "cheapest") as fc.Arbitrary<"fastest" | "cheapest">,
        }),
        (s) => {
          const graph = syntheticGraph({
            roles: s.roles,
            moves: s.roles + s.extra,
            credentials: 5,
            levels: 3,
            seed: s.seed,
          });
          const slugs = [...graph.roles.keys()];
          const person: PersonState = {
            currentRole: slugs[0]!,
            education: s.education,
            yearsExperience: s.years,
            yearsInRole: 0,
            credentials: [],
          };
          const opts: PlanOptions = {
            target: slugs.at(-1)!,
            objective: s.objective,
            k: 1,
            avoidCredentials: [],
            avoidBodies: [],
            maxYears: null,
            asOf: "2026-11-27",
          };
          const walks = allSimplePaths(graph, slugs[0]!, slugs.at(-1)!)
            .map((p) => simulateRoles(graph, person, opts, p))
            .filter((r): r is { years: number; cost: number } => r !== null);
          const best = planPaths(graph, person, opts).paths[0];
          // (No walk found by greedy choices does not mean no path: the planner also weighs credential choices.)
          if (walks.length === 0) return;
          expect(best, "a path exists but the planner found none").toBeDefined();
          const key = (r: { years: number; cost: number }) => (s.objective === "fastest" ? r.years : r.cost);
          const bruteBest = Math.min(...walks.map(key));
          const plannerBest = s.objective === "fastest" ? best!.totalYears : best!.totalCost;
          expect(plannerBest).toBeLessThanOrEqual(
            Math.round(bruteBest * 10) / 10 + 0.05 + (s.objective === "cheapest" ? 0.5 : 0),
          );
        },
      ),
      { numRuns: Number(process.env.PLANNER_PROPERTY_RUNS ?? 300) },
    );
  });
});
