import { describe, expect, it } from "vitest";
import { PUT as putMembershipRoute, DELETE as deleteMembershipRoute } from "@/app/api/v1/me/bodies/[body]/route";
import { GET as listMembershipsRoute } from "@/app/api/v1/me/bodies/route";
import { POST as createEntryRoute } from "@/app/api/v1/me/ceus/route";
import { GET as complianceRoute } from "@/app/api/v1/me/compliance/route";
import { PATCH as patchHeldRoute } from "@/app/api/v1/me/credentials/[id]/route";
import { POST as addHeldRoute, GET as listHeldRoute } from "@/app/api/v1/me/credentials/route";
import {
  DELETE as deleteCustomRoute,
  GET as getCustomRoute,
  PATCH as patchCustomRoute,
} from "@/app/api/v1/me/custom-credentials/[id]/route";
import { POST as addCustomRoute } from "@/app/api/v1/me/custom-credentials/route";
import { POST as whatIfRoute } from "@/app/api/v1/what-if/route";
import { callRoute } from "../helpers/call-route";
import { createTestUser, type TestUser } from "../helpers/users";

// Each body's rules over the API, as REFERENCE.md states them (the bodies' own pages, read 2026).

type Item = Record<string, unknown> & { body: string; cycle: string; credentials: string[] };
const hold = async (u: TestUser, code: string, earnedOn: string) => {
  const res = await callRoute(addHeldRoute, { method: "POST", cookie: u.cookie, body: { code, earnedOn } });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json.credential as { id: string; version: number };
};
const itemsOn = async (u: TestUser, asOf: string): Promise<Item[]> => {
  const res = await callRoute(complianceRoute, { cookie: u.cookie, path: `/x?asOf=${asOf}` });
  expect(res.status).toBe(200);
  return res.json.items;
};
const currentOf = (items: Item[], body: string) => items.find((i) => i.body === body && i.cycle === "current")!;

describe("AAPC over the API (Maintain your certification; revocation help; membership FAQ)", () => {
  it("the membership expiration date moves the due date to its month, in a year of the month's parity", async () => {
    const u = await createTestUser();
    await hold(u, "CPC", "2024-06-15");
    const guess = currentOf(await itemsOn(u, "2025-01-10"), "AAPC");
    expect(guess).toMatchObject({ cycleEnd: "2026-06-14" });
    expect((guess.assumptions as string[]).join(" ")).toMatch(/membership expiration date/);

    const put = await callRoute(putMembershipRoute, {
      method: "PUT",
      cookie: u.cookie,
      params: { body: "aapc" },
      body: { membershipExpires: "2026-03-31", memberId: "A123" },
    });
    expect(put.status).toBe(200);
    expect(put.json).toEqual({ body: "AAPC", membershipExpires: "2026-03-31", memberId: "A123" });
    const listed = await callRoute(listMembershipsRoute, { cookie: u.cookie });
    expect(listed.json).toEqual({ bodies: [{ body: "AAPC", membershipExpires: "2026-03-31", memberId: "A123" }] });

    const exact = currentOf(await itemsOn(u, "2025-01-10"), "AAPC");
    expect(exact).toMatchObject({ cycleStart: "2024-06-15", cycleEnd: "2025-03-31", dueDate: "2025-03-31" });
    expect(exact.assumptions).toEqual([expect.stringMatching(/publishes no formula/)]); // pro-rated first cycle

    expect(
      (await callRoute(deleteMembershipRoute, { method: "DELETE", cookie: u.cookie, params: { body: "AAPC" } })).status,
    ).toBe(204);
    expect(currentOf(await itemsOn(u, "2025-01-10"), "AAPC").cycleEnd).toBe("2026-06-14");
  });

  it("refuses a bad date or an unknown body, naming the field, and changes nothing", async () => {
    const u = await createTestUser();
    const bad = await callRoute(putMembershipRoute, {
      method: "PUT",
      cookie: u.cookie,
      params: { body: "AAPC" },
      body: { membershipExpires: "2026-02-30" },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.error.issues[0]).toMatchObject({ path: "membershipExpires", message: "This is not a real date." });
    const unknown = await callRoute(putMembershipRoute, {
      method: "PUT",
      cookie: u.cookie,
      params: { body: "NOPE" },
      body: { membershipExpires: "2026-03-31" },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.json.error.issues[0].path).toBe("body");
    expect((await callRoute(listMembershipsRoute, { cookie: u.cookie })).json.bodies).toEqual([]);
  });

  it("grace for 30 days, then the late-fee stage, then revoked at 90 days overdue", async () => {
    const u = await createTestUser();
    await hold(u, "CPC", "2021-05-01");
    await callRoute(putMembershipRoute, {
      method: "PUT",
      cookie: u.cookie,
      params: { body: "AAPC" },
      body: { membershipExpires: "2026-03-31" },
    });
    // Logged in the cycle that ended 2025-03-31, so HIM Pathways judges it (it was not renewed elsewhere).
    for (const [date, ceus] of [
      ["2022-06-01", 36],
      ["2024-01-10", 2],
    ] as const) {
      await callRoute(createEntryRoute, { method: "POST", cookie: u.cookie, body: { date, title: "Course", ceus } });
    }
    const statuses = async (asOf: string) => (await itemsOn(u, asOf)).map((i) => `${i.cycle}:${i.status}`);
    expect(await statuses("2025-04-30")).toEqual(["previous:grace", "current:grace"]);
    expect(await statuses("2025-05-01")).toEqual(["previous:late_fee", "current:late_fee"]);
    expect(await statuses("2025-06-30")).toEqual(["previous:revoked", "current:revoked"]);
    expect((await itemsOn(u, "2025-05-01"))[0]).toMatchObject({
      graceEnds: "2025-04-30",
      lateFeeEnds: "2025-06-29",
      revokedOn: "2025-06-30",
    });
  });

  it("takes the figure from AAPC's tracker for the current cycle, and marks a cycle reported", async () => {
    const u = await createTestUser();
    const cpc = await hold(u, "CPC", "2025-11-10");
    await callRoute(putMembershipRoute, {
      method: "PUT",
      cookie: u.cookie,
      params: { body: "AAPC" },
      body: { membershipExpires: "2026-03-31" },
    });
    const set = await callRoute(patchHeldRoute, {
      method: "PATCH",
      cookie: u.cookie,
      params: { id: cpc.id },
      body: { requiredOverride: 18 },
    });
    expect(set.status, JSON.stringify(set.json)).toBe(200);
    expect(set.json.credential.requiredOverride).toMatchObject({ ceus: 18 });
    const today = currentOf(await itemsOn(u, set.json.credential.requiredOverride.cycleEnd), "AAPC");
    expect(today).toMatchObject({ required: 18, assumptions: [] });

    const wrong = await callRoute(patchHeldRoute, {
      method: "PATCH",
      cookie: u.cookie,
      params: { id: cpc.id },
      body: { reported: [{ cycleEnd: "2020-01-31", reportedOn: "2020-01-20" }] },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.json.error.issues[0].path).toBe("reported.0.cycleEnd");
    const end = set.json.credential.requiredOverride.cycleEnd as string;
    const reported = await callRoute(patchHeldRoute, {
      method: "PATCH",
      cookie: u.cookie,
      params: { id: cpc.id },
      body: { reported: [{ cycleEnd: end, reportedOn: "2026-11-30" }] },
    });
    expect(reported.status, JSON.stringify(reported.json)).toBe(200);
    const met = (await itemsOn(u, "2026-12-01")).find((i) => i.cycleEnd === end);
    expect(met ?? currentOf(await itemsOn(u, end), "AAPC")).toMatchObject({ reportedOn: "2026-11-30", met: true });
  });
});

describe("AHIMA over the API (recertification FAQ)", () => {
  it("RHIT + RHIA owes 30, not 40; the RHIT shows as replaced", async () => {
    const u = await createTestUser();
    await hold(u, "RHIT", "2019-03-01");
    await hold(u, "RHIA", "2025-05-01");
    const item = currentOf(await itemsOn(u, "2025-06-01"), "AHIMA");
    expect(item).toMatchObject({ required: 30, credentials: ["RHIA"], replaced: [{ code: "RHIT", by: "RHIA" }] });
    const held = (await callRoute(listHeldRoute, { cookie: u.cookie })).json.credentials as {
      code: string;
      status: string;
    }[];
    expect(held.find((h) => h.code === "RHIT")!.status).toBe("replaced");
  });
});

describe("ACDIS, HIMSS and NCRA over the API", () => {
  it("ACDIS due on the anniversary with 45 days of grace; HIMSS at the month's end; NCRA 31 January", async () => {
    const u = await createTestUser();
    await hold(u, "CCDS", "2022-10-01");
    await hold(u, "CPHIMS", "2023-05-10");
    await hold(u, "ODS", "2023-06-15");
    const items = await itemsOn(u, "2024-06-01");
    expect(currentOf(items, "ACDIS")).toMatchObject({ dueDate: "2024-10-01", graceEnds: "2024-11-15" });
    expect(currentOf(items, "HIMSS")).toMatchObject({ cycleEnd: "2026-05-31" });
    expect(currentOf(items, "NCRA")).toMatchObject({ cycleEnd: "2024-12-31", dueDate: "2025-01-31" });
  });
});

describe("credentials from anywhere (rules you entered)", () => {
  it("adds, reads, edits and removes one; it shows in compliance and CEUs can count toward it", async () => {
    const u = await createTestUser();
    const made = await callRoute(addCustomRoute, {
      method: "POST",
      cookie: u.cookie,
      body: {
        name: "Certified in Healthcare Compliance",
        issuer: "HCCA",
        earnedOn: "2025-02-01",
        cycleMonths: 24,
        requiredCeus: 40,
        topicMinimums: [{ topic: "compliance", ceus: 10 }],
      },
    });
    expect(made.status, JSON.stringify(made.json)).toBe(201);
    expect(made.json).toEqual({ id: expect.any(String), code: expect.stringMatching(/^U-[A-Z0-9]{6}$/) });
    const entry = await callRoute(createEntryRoute, {
      method: "POST",
      cookie: u.cookie,
      body: {
        date: "2025-06-01",
        title: "Compliance institute",
        ceus: 12,
        appliesTo: [made.json.code],
        topics: ["compliance"],
      },
    });
    expect(entry.status).toBe(201);
    const item = currentOf(await itemsOn(u, "2025-07-01"), "HCCA");
    expect(item).toMatchObject({ custom: true, required: 40, earned: 12, remaining: 28 });

    const read = await callRoute(getCustomRoute, { cookie: u.cookie, params: { id: made.json.id } });
    expect(read.json.credential).toMatchObject({ name: "Certified in Healthcare Compliance", issuer: "HCCA" });
    const edit = await callRoute(patchCustomRoute, {
      method: "PATCH",
      cookie: u.cookie,
      params: { id: made.json.id },
      body: { requiredCeus: 30, version: read.json.credential.version },
    });
    expect(edit.json.credential.requiredCeus).toBe(30);
    const bad = await callRoute(patchCustomRoute, {
      method: "PATCH",
      cookie: u.cookie,
      params: { id: made.json.id },
      body: { cycleMonths: 0 },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.error.issues[0].path).toBe("cycleMonths");
    expect(
      (await callRoute(deleteCustomRoute, { method: "DELETE", cookie: u.cookie, params: { id: made.json.id } })).status,
    ).toBe(204);
    expect((await itemsOn(u, "2025-07-01")).filter((i) => i.body === "HCCA")).toEqual([]);
  });
});

describe("what-if over the API", () => {
  it("starts from the person's own credentials and answers the documented shape", async () => {
    const u = await createTestUser();
    await hold(u, "CPC", "2023-04-10");
    const res = await callRoute(whatIfRoute, {
      method: "POST",
      cookie: u.cookie,
      body: { add: [{ code: "cpma", on: "2027-01-15" }], years: 3 },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json.years).toHaveLength(3);
    expect(Object.keys(res.json.years[0])).toEqual(
      expect.arrayContaining(["year", "calendarYear", "requirements", "ceusPerYear", "costs", "total", "before"]),
    );
    expect(res.json.before.credentials).toEqual(["CPC"]);
    expect(res.json.after.credentials).toEqual(["CPC", "CPMA"]);
    const bad = await callRoute(whatIfRoute, {
      method: "POST",
      cookie: u.cookie,
      body: { add: [{ code: "CPC", on: "2027-01-01" }], years: 11 },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.error.issues.map((i: { path: string }) => i.path)).toEqual(["years"]);
    const held = await callRoute(whatIfRoute, {
      method: "POST",
      cookie: u.cookie,
      body: { add: [{ code: "CPC", on: "2027-01-01" }] },
    });
    expect(held.json.error.issues[0]).toMatchObject({
      path: "add.0.code",
      message: "CPC is already held; nothing to add.",
    });
  });
});
