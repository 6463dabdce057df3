import { describe, expect, it } from "vitest";
import { PATCH as patchProfileRoute } from "@/app/api/v1/me/profile/route";
import { GET as payBandsRoute } from "@/app/api/v1/pay-bands/route";
import { GET as planProjectionRoute } from "@/app/api/v1/plans/[id]/projection/route";
import { POST as previewRoute } from "@/app/api/v1/plans/preview/route";
import { POST as createPlanRoute } from "@/app/api/v1/plans/route";
import { POST as projectionRoute } from "@/app/api/v1/projection/route";
import { breakEven } from "@/lib/salary/projection";
import { callRoute } from "../helpers/call-route";
import { createTestUser } from "../helpers/users";

const request = {
  currentRole: "roi-specialist",
  target: "coding-auditor",
  education: "high_school",
  yearsExperience: 1,
  credentials: [],
  objective: "fastest",
  k: 2,
};

async function previewPath() {
  const { json } = await callRoute(previewRoute, { method: "POST", body: request });
  return json.paths[0];
}

describe("POST /api/v1/projection", () => {
  it("projects a path from the preview answer, signed out, in the documented shape", async () => {
    const path = await previewPath();
    const { status, json } = await callRoute(projectionRoute, {
      method: "POST",
      body: { path, assumptions: { raisePercent: 2, currentSalary: 45_000 } },
    });
    expect(status).toBe(200);
    expect(json.years.length).toBe(json.assumptions.horizonYears);
    // Year 0 shows the role held at mid-year; the salary places the person in the band, so the same band gives it back.
    const atMid = path.steps.filter((s: { startYear: number }) => s.startYear <= 0.5).at(-1).role;
    expect(json.years[0]).toMatchObject({ year: 0, role: atMid, pay: 45_000 });
    for (const y of json.years) expect(y.p25 <= y.median && y.median <= y.p75).toBe(true);
    expect(json.years.at(-1).role).toBe("coding-auditor");
    expect(json.cumulative[0]).toEqual({ year: 0, plan: 45_000 - json.years[0].costs, stay: 45_000 });
    expect(json.breakEvenYear).toBe(breakEven(json.cumulative));
    expect(json.assumptions).toMatchObject({
      raisePercent: 2,
      currentSalary: 45_000,
      positionFrom: "salary",
      stayRole: "roi-specialist",
    });
    expect(json.sources.map((s: { key: string }) => s.key)).toContain("bls-oews-2023-29-2072");
    for (const s of json.sources) expect(["confirmed", "secondary", "assumption"]).toContain(s.confidence);
  });

  it.each([
    [{ path: { steps: [] } }, "path.steps"],
    [{ path: { steps: [{ role: "astronaut", startYear: 0 }] } }, "path.steps.0.role"],
    [
      { path: { steps: [{ role: "him-manager", startYear: 0 }] }, assumptions: { raisePercent: 50 } },
      "assumptions.raisePercent",
    ],
    [
      { path: { steps: [{ role: "him-manager", startYear: 0 }] }, assumptions: { position: 0 } },
      "assumptions.position",
    ],
    [
      {
        path: { steps: [{ role: "him-manager", startYear: 0 }] },
        assumptions: { basis: { "him-manager": "guide-entry" } },
      },
      "assumptions.basis.him-manager",
    ],
    [
      { path: { steps: [{ role: "him-manager", startYear: 0 }] }, assumptions: { ownPay: { "privacy-officer": -5 } } },
      "assumptions.ownPay.privacy-officer",
    ],
    [{ path: { steps: [{ role: "him-manager", startYear: 0 }] }, extra: 1 }, "extra"],
    [
      {
        path: {
          steps: [
            { role: "him-manager", startYear: 3 },
            { role: "him-director", startYear: 1 },
          ],
        },
      },
      "path.steps",
    ],
  ])("refuses %j naming %s", async (body, field) => {
    const res = await callRoute(projectionRoute, { method: "POST", body });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe("validation");
    expect(res.json.error.issues.map((i: { path: string }) => i.path)).toContain(field);
  });

  it("answers 422 for a body that is not an object", async () => {
    const res = await callRoute(projectionRoute, { method: "POST", body: "[1]" });
    expect(res.status).toBe(422);
  });
});

describe("GET /api/v1/plans/{id}/projection", () => {
  it("projects a saved plan from the profile salary and query assumptions, for its owner only", async () => {
    const u = await createTestUser();
    await callRoute(patchProfileRoute, { method: "PATCH", cookie: u.cookie, body: { currentSalary: 52_000 } });
    const created = await callRoute(createPlanRoute, {
      method: "POST",
      cookie: u.cookie,
      body: { name: "To audit", request },
    });
    const id = created.json.plan.id;
    const res = await callRoute(planProjectionRoute, {
      cookie: u.cookie,
      params: { id },
      path: `/x?raisePercent=0&horizonYears=6`,
    });
    expect(res.status).toBe(200);
    expect(res.json.years).toHaveLength(6);
    expect(res.json.cumulative[0].stay).toBe(52_000);
    expect(res.json.assumptions).toMatchObject({ raisePercent: 0, currentSalary: 52_000, positionFrom: "salary" });
    const chosen = await callRoute(planProjectionRoute, {
      cookie: u.cookie,
      params: { id },
      path: `/x?position=75&currentSalary=`,
    });
    expect(chosen.json.assumptions).toMatchObject({ position: 75, positionFrom: "chosen", currentSalary: null });

    const bad = await callRoute(planProjectionRoute, {
      cookie: u.cookie,
      params: { id },
      path: `/x?raisePercent=lots`,
    });
    expect(bad.status).toBe(422);
    expect(bad.json.error.issues[0].path).toBe("raisePercent");
    const other = await createTestUser();
    expect((await callRoute(planProjectionRoute, { cookie: other.cookie, params: { id } })).status).toBe(404);
    expect((await callRoute(planProjectionRoute, { params: { id } })).status).toBe(401);
    expect((await callRoute(planProjectionRoute, { cookie: u.cookie, params: { id: "not-a-plan" } })).status).toBe(404);
  });
});

describe("GET /api/v1/pay-bands", () => {
  it("lists every role's bands, each with a source and a year or an assumption label", async () => {
    const { status, json } = await callRoute(payBandsRoute);
    expect(status).toBe(200);
    expect(json.roles.length).toBe(16);
    expect(json.derivedGrowth.percent).toBe(3.7);
    for (const r of json.roles) {
      for (const b of r.bands) {
        expect(b.source.title.length).toBeGreaterThan(2);
        expect(b.year !== null || b.confidence === "assumption").toBe(true);
      }
    }
  });
});
