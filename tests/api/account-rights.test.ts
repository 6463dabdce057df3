import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { POST as newFeedRoute } from "@/app/api/v1/me/calendar/route";
import { POST as uploadCertRoute } from "@/app/api/v1/me/ceus/[id]/certificate/route";
import { GET as listEntriesRoute, POST as createEntryRoute } from "@/app/api/v1/me/ceus/route";
import { POST as addHeldRoute } from "@/app/api/v1/me/credentials/route";
import { GET as exportRoute } from "@/app/api/v1/me/export.zip/route";
import { GET as profileRoute } from "@/app/api/v1/me/profile/route";
import { DELETE as deleteMeRoute } from "@/app/api/v1/me/route";
import { POST as createPlanRoute } from "@/app/api/v1/plans/route";
import { addCustomCredential } from "@/lib/credentials/custom-credentials";
import { setMembership } from "@/lib/credentials/memberships";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/auth/api-tokens";
import { createShare } from "@/lib/salary/shared-plan";
import { callRoute } from "../helpers/call-route";
import { createTestUser, type TestUser } from "../helpers/users";
import { PLAN_REQUEST } from "../fixtures/plan-request";

const PDF = new TextEncoder().encode("%PDF-1.4\n% a certificate\n%%EOF\n");

/** A person with something in every table that holds user data. */
async function populated(name: string): Promise<TestUser & { entryIds: string[] }> {
  const u = await createTestUser(name);
  expect(
    (await callRoute(addHeldRoute, { method: "POST", cookie: u.cookie, body: { code: "CPC", earnedOn: "2024-03-01" } }))
      .status,
  ).toBe(201);
  const entryIds: string[] = [];
  for (const [title, ceus] of [
    [`${name} course A`, 2],
    [`${name} course B`, 1.5],
  ] as const) {
    const res = await callRoute(createEntryRoute, {
      method: "POST",
      cookie: u.cookie,
      body: { date: "2025-04-01", title, ceus, topics: ["coding"] },
    });
    expect(res.status).toBe(201);
    entryIds.push(res.json.entry.id);
  }
  const form = new FormData();
  form.set("file", new File([PDF], "my certificate.pdf", { type: "application/pdf" }));
  expect(
    (await callRoute(uploadCertRoute, { method: "POST", cookie: u.cookie, params: { id: entryIds[0]! }, form })).status,
  ).toBe(201);
  const plan = await callRoute(createPlanRoute, {
    method: "POST",
    cookie: u.cookie,
    body: {
      name: `${name}'s plan`,
      request: PLAN_REQUEST,
    },
  });
  expect(plan.status).toBe(201);
  expect((await callRoute(newFeedRoute, { method: "POST", cookie: u.cookie })).status).toBeLessThan(300);
  await setMembership(u.id, "AAPC", { membershipExpires: "2027-03-31", memberId: `${name}-member` });
  await addCustomCredential(u.id, {
    name: `${name}'s licence`,
    issuer: "State board",
    earnedOn: "2024-05-01",
    cycleMonths: 24,
    requiredCeus: 20,
  });
  await createApiToken(u.id, { name: `${name}'s script`, scope: "read-write", expiresInDays: 7 });
  const planId = (await db.plan.findFirstOrThrow({ where: { userId: u.id }, select: { id: true } })).id;
  await createShare(u.id, planId, {});
  return { ...u, entryIds };
}

async function rowsOf(userId: string) {
  return {
    users: await db.user.count({ where: { id: userId } }),
    held: await db.heldCredential.count({ where: { userId } }),
    entries: await db.ceuEntry.count({ where: { userId } }),
    certificates: await db.ceuCertificate.count({ where: { userId } }),
    plans: await db.plan.count({ where: { userId } }),
    feeds: await db.calendarFeed.count({ where: { userId } }),
    memberships: await db.bodyMembership.count({ where: { userId } }),
    custom: await db.customCredential.count({ where: { userId } }),
    apiTokens: await db.apiToken.count({ where: { userId } }),
    shares: await db.planShare.count({ where: { plan: { userId } } }),
  };
}

describe("download all my data", () => {
  it("gives a ZIP: data.json (all they entered, nobody else's, no secrets) and each certificate", async () => {
    const me = await populated("Ada");
    await populated("Other");
    const { token } = await createApiToken(me.id, { name: "Ada's sync", scope: "read", expiresInDays: 30 });
    const adaPlan = (await db.plan.findFirstOrThrow({ where: { userId: me.id }, select: { id: true } })).id;
    // A new link replaces the one populated() made; the export must show neither.
    const shareToken = await createShare(me.id, adaPlan, {});
    const res = await callRoute(exportRoute, { cookie: me.cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="him-pathways-data-\d{4}-\d{2}-\d{2}\.zip"$/,
    );
    const files = unzipSync(res.bytes);
    const data = JSON.parse(new TextDecoder().decode(files["data.json"]));
    expect(data.format).toBe("him-pathways-export/1");
    expect(data.account).toMatchObject({ email: me.email, name: "Ada" });
    expect(data.heldCredentials.map((h: { code: string }) => h.code)).toEqual(["CPC"]);
    expect(data.customCredentials.map((c: { name: string }) => c.name)).toEqual(["Ada's licence"]);
    expect(data.memberships).toEqual([{ body: "AAPC", membershipExpires: "2027-03-31", memberId: "Ada-member" }]);
    expect(data.ceuEntries.map((e: { title: string }) => e.title).sort()).toEqual(["Ada course A", "Ada course B"]);
    expect(data.plans.map((p: { name: string; target: string }) => [p.name, p.target])).toEqual([
      ["Ada's plan", "coding-auditor"],
    ]);
    expect(data.calendarFeed.enabled).toBe(true);
    expect(data.reminders).toEqual({ days: [90, 60, 30, 7, 1, -1, -30], email: true, inApp: true });
    expect(data.notifications).toEqual([]);
    expect(data.apiTokens.map((t: { name: string; scope: string }) => [t.name, t.scope]).sort()).toEqual([
      ["Ada's script", "read-write"],
      ["Ada's sync", "read"],
    ]);
    expect(data.plans[0].share).toMatchObject({ expiresAt: null, includeSalary: false });
    const withFile = data.ceuEntries.find((e: { id: string }) => e.id === me.entryIds[0]);
    expect(withFile.certificateFile).toBe(`certificates/${me.entryIds[0]}-my certificate.pdf`);
    expect(files[withFile.certificateFile]).toEqual(PDF);
    expect(Object.keys(files).sort()).toEqual(["data.json", withFile.certificateFile].sort());
    const text = new TextDecoder().decode(files["data.json"]);
    expect(text).not.toMatch(/Other|argon2|passwordHash|token/);
    for (const key of [token, token.slice(5), shareToken]) expect(text).not.toContain(key);
  });

  it("streams every certificate of a larger log, each file byte for byte", async () => {
    const me = await createTestUser("Streamer");
    const expected = new Map<string, Uint8Array>();
    for (let i = 0; i < 6; i++) {
      const entry = await callRoute(createEntryRoute, {
        method: "POST",
        cookie: me.cookie,
        body: { date: "2025-04-01", title: `Course ${i}`, ceus: 1 },
      });
      const bytes = new TextEncoder().encode(`%PDF-1.4\n${"x".repeat(1000 * (i + 1))}\n%%EOF\n`);
      const form = new FormData();
      form.set("file", new File([bytes], `cert-${i}.pdf`));
      expect(
        (
          await callRoute(uploadCertRoute, {
            method: "POST",
            cookie: me.cookie,
            params: { id: entry.json.entry.id },
            form,
          })
        ).status,
      ).toBe(201);
      expected.set(`certificates/${entry.json.entry.id}-cert-${i}.pdf`, bytes);
    }
    const files = unzipSync((await callRoute(exportRoute, { cookie: me.cookie })).bytes);
    expect(
      Object.keys(files)
        .filter((f) => f.startsWith("certificates/"))
        .sort(),
    ).toEqual([...expected.keys()].sort());
    for (const [name, bytes] of expected) expect(files[name]).toEqual(bytes);
  });

  it("is for the signed-in person only", async () => {
    expect((await callRoute(exportRoute, {})).status).toBe(401);
  });
});

describe("delete my account", () => {
  it("asks for the password, and a wrong one removes nothing", async () => {
    const me = await populated("Bo");
    const before = await rowsOf(me.id);
    for (const body of [{}, { password: "" }, { password: "not my password" }, { password: me.password, extra: 1 }]) {
      const res = await callRoute(deleteMeRoute, { method: "DELETE", cookie: me.cookie, body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.json.error.issues[0].path).toMatch(/password|extra/);
    }
    expect(await rowsOf(me.id)).toEqual(before);
    expect(before).toEqual({
      users: 1,
      held: 1,
      entries: 2,
      certificates: 1,
      plans: 1,
      feeds: 1,
      memberships: 1,
      custom: 1,
      apiTokens: 1,
      shares: 1,
    });
  });

  it("counts wrong passwords like sign-ins: after 10 even the right one waits (429); nothing removed", async () => {
    const me = await populated("Ed");
    for (let i = 0; i < 10; i++) {
      expect(
        (await callRoute(deleteMeRoute, { method: "DELETE", cookie: me.cookie, body: { password: `guess ${i}` } }))
          .status,
      ).toBe(422);
    }
    const locked = await callRoute(deleteMeRoute, {
      method: "DELETE",
      cookie: me.cookie,
      body: { password: me.password },
    });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await rowsOf(me.id)).users).toBe(1);
  });

  it("removes every row and file of theirs, keeps everyone else's; the old session signs nobody in", async () => {
    const me = await populated("Cy");
    const other = await populated("Di");
    const othersBefore = await rowsOf(other.id);
    const res = await callRoute(deleteMeRoute, {
      method: "DELETE",
      cookie: me.cookie,
      body: { password: me.password },
    });
    expect(res.status).toBe(204);
    expect(await rowsOf(me.id)).toEqual({
      users: 0,
      held: 0,
      entries: 0,
      certificates: 0,
      plans: 0,
      feeds: 0,
      memberships: 0,
      custom: 0,
      apiTokens: 0,
      shares: 0,
    });
    expect(await rowsOf(other.id)).toEqual(othersBefore);
    expect((await callRoute(profileRoute, { cookie: me.cookie })).status).toBe(401);
    expect((await callRoute(listEntriesRoute, { cookie: me.cookie })).status).toBe(401);
    expect(
      (await callRoute(deleteMeRoute, { method: "DELETE", cookie: me.cookie, body: { password: me.password } })).status,
    ).toBe(401);
  });
});
