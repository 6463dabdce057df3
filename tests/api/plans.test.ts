import { describe, expect, it } from "vitest";
import { DELETE as deletePlanRoute, GET as getPlanRoute, PATCH as patchPlanRoute } from "@/app/api/v1/plans/[id]/route";
import { POST as previewRoute } from "@/app/api/v1/plans/preview/route";
import { GET as listPlansRoute, POST as createPlanRoute } from "@/app/api/v1/plans/route";
import { GET as reachableRoute } from "@/app/api/v1/roles/[slug]/reachable/route";
import { POST as eligibilityRoute } from "@/app/api/v1/credentials/[code]/eligibility/route";
import { db } from "@/lib/db";
import { callRoute } from "../helpers/call-route";
import { createTestUser } from "../helpers/users";

const roiToDirector = {
  currentRole: "roi-specialist",
  target: "him-director",
  education: "high_school",
  yearsExperience: 0,
  credentials: [],
  objective: "fastest",
  k: 3,
};

describe("POST /api/v1/plans/preview", () => {
  it("works signed out and answers in the documented shape", async () => {
    const { status, json } = await callRoute(previewRoute, { method: "POST", body: roiToDirector });
    expect(status).toBe(200);
    expect(json.paths).toHaveLength(3);
    const [path] = json.paths;
    expect(Object.keys(path)).toEqual(expect.arrayContaining(["steps", "totalYears", "totalCost", "endMedianPay"]));
    expect(path.steps[0]).toMatchObject({ role: "roi-specialist", startYear: 0 });
    expect(typeof path.steps[0].years).toBe("number");
    const item = path.steps.flatMap((s: { earn: unknown[] }) => s.earn)[0];
    expect(Object.keys(item)).toEqual(expect.arrayContaining(["kind", "code", "earliestDate", "cost", "reason"]));
    expect(item.earliestDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(json.assumptions.length).toBeGreaterThan(0);
  });

  it("explains an unreachable target in a 200 answer with no paths", async () => {
    const { status, json } = await callRoute(previewRoute, {
      method: "POST",
      body: { ...roiToDirector, currentRole: "him-director", target: "roi-specialist" },
    });
    expect(status).toBe(200);
    expect(json.paths).toEqual([]);
    expect(json.explanation).toMatch(/No sequence of moves/);
  });

  it.each([
    [{ target: "astronaut" }, "target"],
    [{ currentRole: "pilot" }, "currentRole"],
    [{ education: "phd" }, "education"],
    [{ yearsExperience: -1 }, "yearsExperience"],
    [{ k: 0 }, "k"],
    [{ objective: "richest" }, "objective"],
    [{ credentials: [{ code: "XYZ", earnedOn: "2020-01-01" }] }, "credentials.0.code"],
    [{ credentials: [{ code: "CPC", earnedOn: "2999-01-01" }] }, "credentials.0.earnedOn"],
    [{ credentials: [{ code: "CPC", earnedOn: "2020-02-30" }] }, "credentials.0.earnedOn"],
    [{ avoidCredentials: ["XYZ"] }, "avoidCredentials.0"],
    [{ experience: { astronomy: 2 } }, "experience.astronomy"],
    [{ colour: "blue" }, "colour"],
  ])("answers 422 naming the field for %j", async (change, field) => {
    const { status, json } = await callRoute(previewRoute, { method: "POST", body: { ...roiToDirector, ...change } });
    expect(status).toBe(422);
    expect(json.error.issues.map((i: { path: string }) => i.path)).toContain(field);
  });
});

describe("/api/v1/plans", () => {
  it("needs a session", async () => {
    expect((await callRoute(listPlansRoute)).status).toBe(401);
    expect(
      (await callRoute(createPlanRoute, { method: "POST", body: { name: "x", request: roiToDirector } })).status,
    ).toBe(401);
  });

  it("saves a plan from the planner, lists it, reads it, renames it, marks steps done and deletes it", async () => {
    const me = await createTestUser();
    const created = await callRoute(createPlanRoute, {
      method: "POST",
      cookie: me.cookie,
      body: { name: "To director", request: roiToDirector, pathIndex: 1 },
    });
    expect(created.status).toBe(201);
    const plan = created.json.plan;
    expect(plan).toMatchObject({
      name: "To director",
      objective: "fastest",
      target: { slug: "him-director" },
      progress: 0,
      version: 1,
    });
    const preview = await callRoute(previewRoute, { method: "POST", body: roiToDirector });
    expect(plan.path).toEqual(preview.json.paths[1]);

    const list = await callRoute(listPlansRoute, { cookie: me.cookie });
    expect(list.json.plans.map((p: { id: string }) => p.id)).toEqual([plan.id]);
    expect(list.json.plans[0]).not.toHaveProperty("path");

    const renamed = await callRoute(patchPlanRoute, {
      method: "PATCH",
      cookie: me.cookie,
      params: { id: plan.id },
      body: { name: "Director by 2037", doneSteps: [0, 1, 1], version: 1 },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.json.plan).toMatchObject({ name: "Director by 2037", doneSteps: [0, 1], version: 2 });
    expect(renamed.json.plan.progress).toBeCloseTo(2 / plan.stepCount);

    const stale = await callRoute(patchPlanRoute, {
      method: "PATCH",
      cookie: me.cookie,
      params: { id: plan.id },
      body: { name: "Old tab", version: 1 },
    });
    expect(stale.status).toBe(409);
    const outOfRange = await callRoute(patchPlanRoute, {
      method: "PATCH",
      cookie: me.cookie,
      params: { id: plan.id },
      body: { doneSteps: [40] },
    });
    expect(outOfRange.status).toBe(422);
    expect(outOfRange.json.error.issues[0].path).toBe("doneSteps");
    expect((await callRoute(getPlanRoute, { cookie: me.cookie, params: { id: plan.id } })).json.plan.name).toBe(
      "Director by 2037",
    );

    expect(
      (await callRoute(deletePlanRoute, { method: "DELETE", cookie: me.cookie, params: { id: plan.id } })).status,
    ).toBe(204);
    expect((await callRoute(getPlanRoute, { cookie: me.cookie, params: { id: plan.id } })).status).toBe(404);
  });

  it("never shows, changes or deletes another user's plan", async () => {
    const owner = await createTestUser("Owner");
    const other = await createTestUser("Other");
    const { json } = await callRoute(createPlanRoute, {
      method: "POST",
      cookie: owner.cookie,
      body: { name: "Mine", request: roiToDirector },
    });
    const id = json.plan.id;
    expect((await callRoute(getPlanRoute, { cookie: other.cookie, params: { id } })).status).toBe(404);
    expect(
      (
        await callRoute(patchPlanRoute, {
          method: "PATCH",
          cookie: other.cookie,
          params: { id },
          body: { name: "Yours" },
        })
      ).status,
    ).toBe(404);
    expect((await callRoute(deletePlanRoute, { method: "DELETE", cookie: other.cookie, params: { id } })).status).toBe(
      404,
    );
    expect((await callRoute(listPlansRoute, { cookie: other.cookie })).json.plans).toEqual([]);
    expect((await db.plan.findUniqueOrThrow({ where: { id } })).name).toBe("Mine");
    expect((await callRoute(getPlanRoute, { cookie: other.cookie, params: { id: "not-a-uuid" } })).status).toBe(404);
  });

  it("refuses a path that does not exist, naming pathIndex, and writes nothing", async () => {
    const me = await createTestUser();
    const before = await db.plan.count();
    const { status, json } = await callRoute(createPlanRoute, {
      method: "POST",
      cookie: me.cookie,
      body: { name: "Nowhere", request: { ...roiToDirector, currentRole: "him-director", target: "roi-specialist" } },
    });
    expect(status).toBe(422);
    expect(json.error.issues[0]).toMatchObject({ path: "pathIndex" });
    expect(await db.plan.count()).toBe(before);
    const blank = await callRoute(createPlanRoute, {
      method: "POST",
      cookie: me.cookie,
      body: { name: "  ", request: roiToDirector },
    });
    expect(blank.json.error.issues[0].path).toBe("name");
  });
});

describe("GET /api/v1/roles/{slug}/reachable (recursive SQL)", () => {
  it("lists every role within n moves with the fewest moves and least typical years", async () => {
    const { status, json } = await callRoute(reachableRoute, {
      path: "/api/v1/roles/roi-specialist/reachable?within=2",
      params: { slug: "roi-specialist" },
    });
    expect(status).toBe(200);
    const bySlug = Object.fromEntries(json.roles.map((r: { slug: string }) => [r.slug, r]));
    expect(Object.keys(bySlug).sort()).toEqual([
      "cancer-registrar",
      "clinical-informatics-analyst", // through the registry (REFERENCE §1, the moves the first graph lacked)
      "coding-apprentice",
      "inpatient-coder",
      "outpatient-coder",
    ]);
    expect(bySlug["coding-apprentice"]).toMatchObject({ moves: 1, yearsMin: 0 });
    expect(bySlug["inpatient-coder"]).toMatchObject({ moves: 2, yearsMin: 1 });
    const far = await callRoute(reachableRoute, {
      path: "/api/v1/roles/roi-specialist/reachable?within=6",
      params: { slug: "roi-specialist" },
    });
    expect(far.json.roles.map((r: { slug: string }) => r.slug)).toContain("him-director");
    // ROI → cancer registrar (1) → informatics (2) → director (3): typical years only, no requirements.
    expect(far.json.roles.find((r: { slug: string }) => r.slug === "him-director")).toMatchObject({
      moves: 3,
      yearsMin: 6,
    });
  });

  it("answers 404 for an unknown role and 422 for a bad within", async () => {
    expect((await callRoute(reachableRoute, { path: "/x", params: { slug: "nobody" } })).status).toBe(404);
    const bad = await callRoute(reachableRoute, { path: "/x?within=9", params: { slug: "roi-specialist" } });
    expect(bad.status).toBe(422);
    expect(bad.json.error.issues[0].path).toBe("within");
  });
});

describe("POST /api/v1/credentials/{code}/eligibility", () => {
  const cdi = {
    currentRole: "cdi-specialist",
    education: "bachelor",
    yearsExperience: 1,
    credentials: [{ code: "RHIT", earnedOn: "2022-05-01" }],
  };

  it("answers eligible, not_yet with a date, or blocked with what would unblock it", async () => {
    const notYet = await callRoute(eligibilityRoute, { method: "POST", params: { code: "ccds" }, body: cdi });
    expect(notYet.status).toBe(200);
    expect(notYet.json.eligibility).toMatchObject({ code: "CCDS", status: "not_yet" });
    expect(notYet.json.eligibility.earliestDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const eligible = await callRoute(eligibilityRoute, { method: "POST", params: { code: "CPC" }, body: cdi });
    expect(eligible.json.eligibility.status).toBe("eligible");
    const blocked = await callRoute(eligibilityRoute, {
      method: "POST",
      params: { code: "CHPS" },
      body: { ...cdi, currentRole: "inpatient-coder" },
    });
    expect(blocked.json.eligibility.status).toBe("blocked");
    expect(blocked.json.eligibility.unblock.length).toBe(6);
  });

  it("answers 404 for an unknown credential and 422 naming a bad field", async () => {
    expect((await callRoute(eligibilityRoute, { method: "POST", params: { code: "NOPE" }, body: cdi })).status).toBe(
      404,
    );
    const bad = await callRoute(eligibilityRoute, {
      method: "POST",
      params: { code: "CPC" },
      body: { ...cdi, education: "none" },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.error.issues[0].path).toBe("education");
  });
});
