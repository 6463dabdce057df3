import { describe, expect, it } from "vitest";
import { credentialEligibility } from "@/lib/ladder/eligibility";
import { planPaths } from "@/lib/ladder/planner";
import type { PersonState, PlanOptions } from "@/lib/ladder/planner-types";
import { planRequestIssues } from "@/lib/plans/request-issues";
import { planRequestSchema } from "@/lib/plans/validation";
import { checkPath } from "../helpers/plan-checker";
import { route, tinyGraph } from "../helpers/tiny-graph";

const opts = (o: Partial<PlanOptions> & { target: string }): PlanOptions => ({
  objective: "fastest",
  k: 3,
  avoidCredentials: [],
  avoidBodies: [],
  maxYears: null,
  asOf: "2026-01-15",
  ...o,
});
const person = (p: Partial<PersonState> = {}): PersonState => ({
  currentRole: "a",
  education: "high_school",
  yearsExperience: 0,
  yearsInRole: 0,
  credentials: [],
  ...p,
});
const roleSeq = (p: { steps: { role: string }[] }) => p.steps.map((s) => s.role).join(">");

describe("planner on small graphs", () => {
  it("returns the k best distinct paths, fastest first, each a valid walk of the graph", () => {
    const g = tinyGraph({
      roles: ["a:1", "b:2", "c:2", "d:3"],
      moves: [["a>b:1-2"], ["a>c:2-3"], ["b>d:3-4"], ["c>d:1-1"], ["b>c:0-1"]],
    });
    const o = opts({ target: "d" });
    const result = planPaths(g, person(), o);
    expect(result.paths.map(roleSeq)).toEqual(["a>b>c>d", "a>c>d", "a>b>d"]);
    expect(result.paths.map((p) => p.totalYears)).toEqual([2, 3, 4]);
    for (const p of result.paths) expect(checkPath(g, person(), o, p)).toEqual([]);
  });

  it("survives cycles and never visits a role twice", () => {
    const g = tinyGraph({ roles: ["a:1", "b:1", "c:2"], moves: [["a>b:1-1"], ["b>a:1-1"], ["b>c:1-1"], ["c>a:1-1"]] });
    const result = planPaths(g, person(), opts({ target: "c", k: 5 }));
    expect(result.paths.map(roleSeq)).toEqual(["a>b>c"]);
  });

  it("breaks a tie in years by cost, and the cheapest objective prefers cost over years", () => {
    const g = tinyGraph({
      roles: ["a:1", "b:2", "c:2", "d:3"],
      moves: [
        ["a>b:1-1", [route({ credentials: [["X"]] })]],
        ["a>c:1-1", [route({ credentials: [["Y"]] })]],
        ["b>d:1-1"],
        ["c>d:3-3"],
      ],
      credentials: [
        { code: "X", fee: 500 },
        { code: "Y", fee: 100 },
      ],
    });
    expect(
      planPaths(g, person(), opts({ target: "d" })).paths.map((p) => [roleSeq(p), p.totalYears, p.totalCost]),
    ).toEqual([
      ["a>b>d", 2, 500],
      ["a>c>d", 4, 100],
    ]);
    expect(planPaths(g, person(), opts({ target: "d", objective: "cheapest" })).paths.map(roleSeq)).toEqual([
      "a>c>d",
      "a>b>d",
    ]);
  });

  it("meets an any-of group with whichever credential serves the objective, and reuses it later", () => {
    const g = tinyGraph({
      roles: ["a:1", "b:2", "c:3"],
      moves: [
        ["a>b:0-1", [route({ credentials: [["CHEAP", "USEFUL"]] })]],
        ["b>c:1-1", [route({ credentials: [["USEFUL"]] })]],
      ],
      credentials: [
        { code: "CHEAP", fee: 50 },
        { code: "USEFUL", fee: 300 },
      ],
    });
    const [best] = planPaths(g, person(), opts({ target: "c", objective: "cheapest" })).paths;
    expect(best!.totalCost).toBe(300); // USEFUL once, not CHEAP and then USEFUL
    expect(best!.steps.flatMap((s) => s.earn.map((e) => e.code))).toEqual(["USEFUL"]);
  });

  it("waits in a role until a credential's experience in that kind of work is there", () => {
    const g = tinyGraph({
      roles: ["a:1:coding", "b:2:cdi", "c:3"],
      moves: [["a>b:1-1"], ["b>c:0-1", [route({ credentials: [["CCDS"]] })]]],
      credentials: [
        { code: "CCDS", qualify: [route({ label: "Two years of CDI", experience: { kind: "cdi", years: 2 } })] },
      ],
    });
    const o = opts({ target: "c" });
    const [p] = planPaths(g, person(), o).paths;
    const ccds = p!.steps[1]!.earn.find((e) => e.code === "CCDS")!;
    expect(p!.steps[1]!.role).toBe("b");
    expect(ccds.atYear).toBe(3); // entered CDI at year 1, two years of CDI by year 3
    expect(p!.totalYears).toBe(3);
    expect(checkPath(g, person(), o, p!)).toEqual([]);
  });

  it("plans a missing degree as a step, before the credential that needs it, with a reason", () => {
    const g = tinyGraph({
      roles: ["a:1", "b:2"],
      moves: [["a>b:1-1", [route({ credentials: [["RHIA"]] })]]],
      credentials: [
        {
          code: "RHIA",
          qualify: [
            route({
              label: "Bachelor's degree",
              education: "bachelor",
              educationProgram: "CAHIIM-accredited HIM program",
            }),
          ],
        },
      ],
    });
    const [p] = planPaths(g, person({ education: "associate" }), opts({ target: "b" })).paths;
    const earn = p!.steps[0]!.earn;
    expect(earn.map((e) => [e.kind, e.code, e.atYear])).toEqual([
      ["education", "bachelor", 2],
      ["credential", "RHIA", 2],
    ]);
    expect(earn[0]!.reason).toMatch(/bachelor's degree \(CAHIIM-accredited HIM program\)/);
    expect(earn[0]!.earliestDate).toBe("2028-01-15");
  });

  it("explains an unreachable target instead of returning nothing", () => {
    const g = tinyGraph({ roles: ["a:1", "b:2", "z:3"], moves: [["a>b:1-1"]] });
    const r = planPaths(g, person(), opts({ target: "z" }));
    expect(r.paths).toEqual([]);
    expect(r.explanation).toMatch(/No sequence of moves on the ladder leads from A to Z/);
  });

  it("names the requirement that blocks every way in", () => {
    const g = tinyGraph({
      roles: ["a:1", "b:2"],
      moves: [["a>b:1-1", [route({ experience: { kind: "privacy_security", years: 4 } })]]],
    });
    const r = planPaths(g, person(), opts({ target: "b" }));
    expect(r.paths).toEqual([]);
    expect(r.explanation).toMatch(/4 years of privacy or security work/);
  });

  it("says when a limit the person set is what rules the paths out", () => {
    const g = tinyGraph({
      roles: ["a:1", "b:2"],
      moves: [["a>b:3-4", [route({ credentials: [["X"]] })]]],
      credentials: [{ code: "X" }],
    });
    expect(planPaths(g, person(), opts({ target: "b", maxYears: 2 })).explanation).toMatch(
      /takes about 3 years, more than your limit of 2/,
    );
    expect(planPaths(g, person(), opts({ target: "b", avoidCredentials: ["X"] })).explanation).toMatch(
      /needs X, which you asked to avoid/,
    );
    expect(planPaths(g, person(), opts({ target: "b", avoidBodies: ["B"] })).explanation).toMatch(/needs X/);
  });

  it("leaves names to the request check, which names each unknown role and credential by its field", () => {
    const g = tinyGraph({ roles: ["a:1"], moves: [], credentials: [{ code: "XY" }] });
    const request = planRequestSchema.parse({
      currentRole: "nope",
      target: "gone",
      education: "high_school",
      yearsExperience: 0,
      credentials: [
        { code: "NOPE", earnedOn: "2020-01-01" },
        { code: "XY", earnedOn: "2030-01-01" },
      ],
      avoidCredentials: ["ZZZ"],
    });
    expect(planRequestIssues(g, request, "2026-01-15")).toEqual([
      { path: "target", message: 'No role "gone" on the ladder.' },
      { path: "currentRole", message: 'No role "nope" on the ladder.' },
      { path: "credentials.0.code", message: 'No credential "NOPE" in the catalog.' },
      { path: "credentials.1.earnedOn", message: "A credential cannot be earned in the future." },
      { path: "avoidCredentials.0", message: 'No credential "ZZZ" in the catalog.' },
    ]);
    expect(planRequestIssues(g, { ...request, currentRole: "a", target: "a", credentials: [] }, "2026-01-15")).toEqual([
      { path: "avoidCredentials.0", message: 'No credential "ZZZ" in the catalog.' },
    ]);
  });

  it("credits time already spent in the current role", () => {
    const g = tinyGraph({ roles: ["a:1", "b:2"], moves: [["a>b:2-3"]] });
    expect(planPaths(g, person({ yearsInRole: 1.5 }), opts({ target: "b" })).paths[0]!.totalYears).toBe(0.5);
  });
});

describe("eligibility", () => {
  const g = tinyGraph({
    roles: ["a:1:cdi", "b:1"],
    moves: [],
    credentials: [
      { code: "BASE" },
      {
        code: "CDI",
        qualify: [
          route({
            label: "BASE plus two years of CDI",
            credentials: [["BASE"]],
            experience: { kind: "cdi", years: 2 },
          }),
          route({
            label: "Bachelor's plus one year of CDI",
            education: "bachelor",
            experience: { kind: "cdi", years: 1 },
          }),
        ],
      },
    ],
  });

  it("is eligible when a route holds today", () => {
    const e = credentialEligibility(
      g,
      person({ credentials: [{ code: "BASE", earnedOn: "2020-01-01" }], experience: { cdi: 3 }, yearsExperience: 3 }),
      "CDI",
      "2026-01-15",
    );
    expect(e).toMatchObject({ status: "eligible", route: "BASE plus two years of CDI" });
  });

  it("is not_yet, with the date, when staying in a role of that kind is all it takes", () => {
    const e = credentialEligibility(
      g,
      person({
        credentials: [{ code: "BASE", earnedOn: "2020-01-01" }],
        experience: { cdi: 0.5 },
        yearsExperience: 0.5,
      }),
      "CDI",
      "2026-01-15",
    );
    expect(e).toMatchObject({
      status: "not_yet",
      earliestDate: "2027-07-15",
      missing: ["1.5 more years of clinical documentation integrity work"],
    });
  });

  it("is blocked, with what would unblock each route, when waiting is not enough", () => {
    const e = credentialEligibility(g, person({ currentRole: "b" }), "CDI", "2026-01-15");
    expect(e.status).toBe("blocked");
    if (e.status !== "blocked") return;
    expect(e.unblock).toEqual([
      {
        route: "BASE plus two years of CDI",
        needs: ["hold BASE", "2 more years of clinical documentation integrity work, in a role that counts toward it"],
      },
      {
        route: "Bachelor's plus one year of CDI",
        needs: [
          "a bachelor's degree",
          "1 more year of clinical documentation integrity work, in a role that counts toward it",
        ],
      },
    ]);
  });
});
