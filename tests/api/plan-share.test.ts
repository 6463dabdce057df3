import { describe, expect, it } from "vitest";
import { PATCH as patchProfileRoute } from "@/app/api/v1/me/profile/route";
import { POST as createPlanRoute } from "@/app/api/v1/plans/route";
import { DELETE as stopShareRoute, POST as shareRoute } from "@/app/api/v1/plans/[id]/share/route";
import { openShare } from "@/lib/salary/shared-plan";
import { sharedPlanSchema } from "@/lib/plans/share-schema";
import { PLAN_REQUEST } from "../fixtures/plan-request";
import { callRoute } from "../helpers/call-route";
import { createTestUser, type TestUser } from "../helpers/users";

// Share links: a random token opens a read-only view of one plan; it carries the path, its costs and the pay
// projection and nothing else of the account (the salary only when the owner asks); stopped or expired → nothing.

const SALARY = 61_234;

async function ownerWithPlan(): Promise<TestUser & { planId: string; name: string }> {
  const name = `Secret Person ${Math.random().toString(36).slice(2)}`;
  const u = await createTestUser(name);
  await callRoute(patchProfileRoute, {
    method: "PATCH",
    cookie: u.cookie,
    body: { currentSalary: SALARY, region: "Private Region" },
  });
  const plan = await callRoute(createPlanRoute, {
    method: "POST",
    cookie: u.cookie,
    body: { name: "My coding plan", request: PLAN_REQUEST },
  });
  expect(plan.status).toBe(201);
  return { ...u, planId: plan.json.plan.id, name };
}

const tokenOf = (url: string) => url.split("/").pop()!;

describe("plan share links", () => {
  it("POST → 201 {url}; the link shows the path and projection and nothing of the account", async () => {
    const o = await ownerWithPlan();
    const res = await callRoute(shareRoute, { method: "POST", cookie: o.cookie, params: { id: o.planId } });
    expect(res.status).toBe(201);
    expect(res.json.url).toMatch(/\/shared\/plans\/[A-Za-z0-9_-]{43}$/);
    const opened = await openShare(tokenOf(res.json.url));
    expect(opened).not.toBeNull();
    // The closed schema proves no other field is in the plan part.
    expect(() => sharedPlanSchema.parse(opened!.plan)).not.toThrow();
    expect(opened!.plan.path.steps.length).toBeGreaterThan(0);
    expect(opened!.projection.years.length).toBeGreaterThan(0);
    const text = JSON.stringify(opened);
    for (const secret of [o.email, o.name, "Private Region", String(SALARY), o.id, "My coding plan"])
      expect(text).not.toContain(secret);
    expect(opened!.projection.assumptions.currentSalary ?? null).toBeNull();
    // The projection names the role the plan starts from: the path shown starts there too, so it tells nothing more.
    expect(opened!.projection.assumptions.stayRole).toBe(PLAN_REQUEST.currentRole);
    expect(JSON.stringify(opened!.plan.path)).toContain(`"${PLAN_REQUEST.currentRole}"`);
  });

  it("includes the salary only when the owner asks", async () => {
    const o = await ownerWithPlan();
    const res = await callRoute(shareRoute, {
      method: "POST",
      cookie: o.cookie,
      params: { id: o.planId },
      body: { includeSalary: true },
    });
    const opened = await openShare(tokenOf(res.json.url));
    expect(opened!.plan.includesSalary).toBe(true);
    expect(opened!.projection.assumptions.currentSalary).toBe(SALARY);
    expect(JSON.stringify(opened)).not.toContain(o.email);
  });

  it("a new link replaces the old; DELETE → 204 and the link opens nothing", async () => {
    const o = await ownerWithPlan();
    const first = await callRoute(shareRoute, { method: "POST", cookie: o.cookie, params: { id: o.planId } });
    const second = await callRoute(shareRoute, { method: "POST", cookie: o.cookie, params: { id: o.planId } });
    expect(await openShare(tokenOf(first.json.url))).toBeNull();
    expect(await openShare(tokenOf(second.json.url))).not.toBeNull();
    const stop = await callRoute(stopShareRoute, { method: "DELETE", cookie: o.cookie, params: { id: o.planId } });
    expect(stop.status).toBe(204);
    expect(await openShare(tokenOf(second.json.url))).toBeNull();
  });

  it("expires after its last day, and refuses a day in the past", async () => {
    const o = await ownerWithPlan();
    const past = await callRoute(shareRoute, {
      method: "POST",
      cookie: o.cookie,
      params: { id: o.planId },
      body: { expiresOn: "2020-01-01" },
    });
    expect(past.status).toBe(422);
    expect(past.json.error.issues[0].path).toBe("expiresOn");
    const soon = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const res = await callRoute(shareRoute, {
      method: "POST",
      cookie: o.cookie,
      params: { id: o.planId },
      body: { expiresOn: soon },
    });
    const token = tokenOf(res.json.url);
    expect(await openShare(token)).not.toBeNull();
    expect(await openShare(token, new Date(`${soon}T23:59:00Z`))).not.toBeNull();
    expect(await openShare(token, new Date(Date.now() + 4 * 86_400_000))).toBeNull();
  });

  it("another person cannot share or stop your plan (404)", async () => {
    const o = await ownerWithPlan();
    const other = await createTestUser();
    const res = await callRoute(shareRoute, { method: "POST", cookie: other.cookie, params: { id: o.planId } });
    expect(res.status).toBe(404);
    const stop = await callRoute(stopShareRoute, { method: "DELETE", cookie: other.cookie, params: { id: o.planId } });
    expect(stop.status).toBe(404);
    expect(await openShare("x".repeat(43))).toBeNull();
  });
});
