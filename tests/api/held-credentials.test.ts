import { describe, expect, it } from "vitest";
import { POST as createEntryRoute } from "@/app/api/v1/me/ceus/route";
import { GET as complianceRoute } from "@/app/api/v1/me/compliance/route";
import { PATCH as patchProfileRoute } from "@/app/api/v1/me/profile/route";
import { DELETE as deleteHeldRoute, PATCH as patchHeldRoute } from "@/app/api/v1/me/credentials/[id]/route";
import { GET as listHeldRoute, POST as addHeldRoute } from "@/app/api/v1/me/credentials/route";
import { db } from "@/lib/db";
import { addDays, addYears, todayIso } from "@/lib/dates";
import { callRoute } from "../helpers/call-route";
import { createTestUser } from "../helpers/users";

const tomorrow = addDays(todayIso(), 1);

describe("/api/v1/me/credentials", () => {
  it("adds, lists with status, edits and removes held credentials", async () => {
    const u = await createTestUser();
    // Earned eight months ago, whatever today is: the first AAPC cycle runs two years from that day.
    const earnedOn = addDays(todayIso(), -240);
    const added = await callRoute(addHeldRoute, {
      method: "POST",
      cookie: u.cookie,
      body: { code: "cpc", earnedOn, apprentice: true },
    });
    expect(added.status).toBe(201);
    expect(added.json.credential).toMatchObject({ code: "CPC", body: "AAPC", apprentice: true, earnedOn });
    const list = await callRoute(listHeldRoute, { cookie: u.cookie });
    expect(list.json.credentials[0]).toMatchObject({
      code: "CPC",
      cycleStartComputed: earnedOn,
      cycleEndComputed: addDays(addYears(earnedOn, 2), -1),
    });
    expect(["active", "due_soon"]).toContain(list.json.credentials[0].status);
    const id = added.json.credential.id;
    const cycleEnd = addDays(earnedOn, 350);
    const patched = await callRoute(patchHeldRoute, {
      method: "PATCH",
      cookie: u.cookie,
      params: { id },
      body: { apprentice: false, cycleStart: earnedOn, cycleEnd },
    });
    expect(patched.json.credential).toMatchObject({ apprentice: false, cycleEnd, version: 2 });
    expect((await callRoute(deleteHeldRoute, { method: "DELETE", cookie: u.cookie, params: { id } })).status).toBe(204);
    expect((await callRoute(listHeldRoute, { cookie: u.cookie })).json.credentials).toEqual([]);
  });

  it.each([
    [{ code: "XYZ", earnedOn: "2025-01-01" }, "code"],
    [{ code: "RHIT", earnedOn: tomorrow }, "earnedOn"],
    [{ code: "RHIT", earnedOn: "2025-01-01", apprentice: true }, "apprentice"],
    [{ code: "RHIT", earnedOn: "2025-01-01", cycleStart: "2025-01-01" }, "cycleEnd"],
    [{ code: "RHIT", earnedOn: "2025-01-01", cycleStart: "2025-06-01", cycleEnd: "2025-01-01" }, "cycleEnd"],
  ])("refuses %j naming %s, writing nothing", async (body, field) => {
    const u = await createTestUser();
    const res = await callRoute(addHeldRoute, { method: "POST", cookie: u.cookie, body });
    expect(res.status).toBe(422);
    expect(res.json.error.issues.map((i: { path: string }) => i.path)).toContain(field);
    expect(await db.heldCredential.count({ where: { userId: u.id } })).toBe(0);
  });

  it("answers 409 for a credential already held, and 404 for another user's record", async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    const { json } = await callRoute(addHeldRoute, {
      method: "POST",
      cookie: a.cookie,
      body: { code: "RHIT", earnedOn: "2024-01-01" },
    });
    expect(
      (
        await callRoute(addHeldRoute, {
          method: "POST",
          cookie: a.cookie,
          body: { code: "rhit", earnedOn: "2024-02-01" },
        })
      ).status,
    ).toBe(409);
    const id = json.credential.id;
    expect(
      (
        await callRoute(patchHeldRoute, {
          method: "PATCH",
          cookie: b.cookie,
          params: { id },
          body: { certificateNumber: "x" },
        })
      ).status,
    ).toBe(404);
    expect((await callRoute(deleteHeldRoute, { method: "DELETE", cookie: b.cookie, params: { id } })).status).toBe(404);
    expect((await callRoute(listHeldRoute, { cookie: b.cookie })).json.credentials).toEqual([]);
  });
});

describe("GET /api/v1/me/compliance", () => {
  it("answers per body and cycle in the documented shape", async () => {
    const u = await createTestUser();
    for (const code of ["CPC", "CPMA"])
      await callRoute(addHeldRoute, { method: "POST", cookie: u.cookie, body: { code, earnedOn: "2025-03-10" } });
    await callRoute(createEntryRoute, {
      method: "POST",
      cookie: u.cookie,
      body: { date: "2025-05-01", title: "Audit basics", ceus: 6, topics: ["auditing"] },
    });
    const { status, json } = await callRoute(complianceRoute, {
      cookie: u.cookie,
      path: "/api/v1/me/compliance?asOf=2026-01-15",
    });
    expect(status).toBe(200);
    expect(json.asOf).toBe("2026-01-15");
    expect(json.items).toHaveLength(1);
    expect(json.items[0]).toMatchObject({
      body: "AAPC",
      credentials: ["CPC", "CPMA"],
      cycleStart: "2025-03-10",
      cycleEnd: "2027-03-09",
      required: 40,
      earned: 6,
      remaining: 34,
      minimums: [{ credential: "CPMA", topic: "auditing", required: 16, earned: 6 }],
      quotas: [],
      status: "active",
    });
    expect(json.items[0].explanation).toMatch(/40 CEUs for CPC \+ CPMA/);
  });

  it("uses the person's own due-soon window, which they can change and which is checked", async () => {
    const u = await createTestUser();
    await callRoute(addHeldRoute, { method: "POST", cookie: u.cookie, body: { code: "CPC", earnedOn: "2025-03-10" } });
    // Due 2027-03-09; on 2026-11-01 that is 128 days away: outside the default 90, inside 180.
    const statusOn = async () =>
      (await callRoute(complianceRoute, { cookie: u.cookie, path: "/api/v1/me/compliance?asOf=2026-11-01" })).json
        .items[0].status;
    expect(await statusOn()).toBe("active");
    const set = await callRoute(patchProfileRoute, { method: "PATCH", cookie: u.cookie, body: { dueSoonDays: 180 } });
    expect(set.status).toBe(200);
    expect(set.json.profile.dueSoonDays).toBe(180);
    expect(await statusOn()).toBe("due_soon");
    const bad = await callRoute(patchProfileRoute, { method: "PATCH", cookie: u.cookie, body: { dueSoonDays: 0 } });
    expect(bad.status).toBe(422);
    expect(bad.json.error.issues[0].path).toBe("dueSoonDays");
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).dueSoonDays).toBe(180);
  });

  it("needs a session and a real date", async () => {
    expect((await callRoute(complianceRoute, { path: "/x" })).status).toBe(401);
    const u = await createTestUser();
    const bad = await callRoute(complianceRoute, { cookie: u.cookie, path: "/x?asOf=2026-02-30" });
    expect(bad.status).toBe(422);
    expect(bad.json.error.issues[0].path).toBe("asOf");
  });
});
