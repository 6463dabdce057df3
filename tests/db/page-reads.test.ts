import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { updateProfile } from "@/lib/accounts/profile";
import { loadPageSession, readSessionClaim } from "@/lib/auth/session";
import { readLedgerStamp } from "@/lib/credentials/compliance-cache";
import { DASHBOARD_PLANS, readDashboard } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";
import { createPlan, updatePlan } from "@/lib/plans/service";
import { listPlans } from "@/lib/plans/queries";
import { PLAN_REQUEST } from "../fixtures/plan-request";
import { createTestUser } from "../helpers/users";

// What every signed-in page and the dashboard read, in fewer round trips than the typed reads they replaced: each
// answer is checked against the reads it stands for.

afterEach(() => {
  vi.useRealTimers();
});

describe("the page session", () => {
  it("is the user and the bell's unread count, and nobody for an older session version or a gone account", async () => {
    const user = await createTestUser("Bell Reader");
    const other = await createTestUser("Someone Else");
    const note = (userId: string, readAt: Date | null) =>
      db.notification.create({ data: { userId, kind: "test", title: "t", body: "b", readAt } });
    await Promise.all([note(user.id, null), note(user.id, null), note(user.id, new Date()), note(other.id, null)]);

    expect(await loadPageSession({ userId: user.id, version: 1 })).toEqual({
      user: { id: user.id, email: user.email, name: "Bell Reader" },
      unread: 2,
    });
    expect(await loadPageSession({ userId: user.id, version: 2 })).toBeNull();
    expect(await loadPageSession({ userId: "00000000-0000-0000-0000-000000000000", version: 1 })).toBeNull();
    expect(await loadPageSession(null)).toBeNull();
  });
});

describe("session tokens", () => {
  it("are opened once but never speak for anyone after they expire", async () => {
    const user = await createTestUser();
    const secret = process.env.NEXTAUTH_SECRET!;
    const token = await encode({ token: { sub: user.id, sv: 1 }, secret, maxAge: 60 });
    const cookies = { "next-auth.session-token": token };
    expect(await readSessionClaim(cookies)).toEqual({ userId: user.id, version: 1 });
    // Read again from the kept token, still valid.
    expect(await readSessionClaim(cookies)).toEqual({ userId: user.id, version: 1 });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 2 * 60_000);
    expect(await readSessionClaim(cookies)).toBeNull();
    expect(await readSessionClaim({ "next-auth.session-token": "garbage" })).toBeNull();
  });
});

describe("the dashboard read", () => {
  it("matches the profile, the plans list and the ledger stamp it replaces, and only the person's own", async () => {
    const user = await createTestUser("Planner");
    const other = await createTestUser("Other Planner");
    await updateProfile(user.id, {
      currentRole: "outpatient-coder",
      education: "associate",
      yearsExperience: 3.5,
      region: "Ohio",
      currentSalary: 52000,
    });
    const ids: string[] = [];
    for (let i = 1; i <= DASHBOARD_PLANS + 2; i++) {
      ids.push((await createPlan(user.id, { name: `Plan ${i}`, request: PLAN_REQUEST })).id);
    }
    await createPlan(other.id, { name: "Not theirs", request: PLAN_REQUEST });
    // An older plan marked done moves to the top; an index past the path's end (written by hand) is not counted.
    await updatePlan(user.id, ids[0]!, { doneSteps: [0] });
    await db.plan.update({ where: { id: ids[1] }, data: { doneSteps: [0, 99] } });

    const read = await readDashboard(user.id);
    const plans = await listPlans(user.id);
    expect(read).toMatchObject({
      name: "Planner",
      currentRole: { slug: "outpatient-coder" },
      education: "associate",
      yearsExperience: 3.5,
      region: "Ohio",
      currentSalary: 52000,
      planCount: DASHBOARD_PLANS + 2,
      stamp: await readLedgerStamp(user.id),
    });
    expect(read!.plans).toEqual(
      plans.slice(0, DASHBOARD_PLANS).map((p) => ({
        id: p.id,
        name: p.name,
        targetTitle: p.target.title,
        stepCount: p.stepCount,
        doneCount: p.doneSteps.length,
      })),
    );
    expect(read!.plans.map((p) => p.id).slice(0, 2)).toEqual([ids[1], ids[0]]);
    expect(read!.plans.find((p) => p.id === ids[1])!.doneCount).toBe(1);
  });

  it("is empty for a new account and null for one that is gone", async () => {
    const user = await createTestUser("Newcomer");
    expect(await readDashboard(user.id)).toMatchObject({
      currentRole: null,
      education: null,
      yearsExperience: null,
      plans: [],
      planCount: 0,
    });
    expect(await readDashboard("00000000-0000-0000-0000-000000000000")).toBeNull();
  });
});
