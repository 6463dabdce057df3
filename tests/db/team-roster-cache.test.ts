import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as createEntryRoute } from "@/app/api/v1/me/ceus/route";
import { DELETE as deleteHeldRoute } from "@/app/api/v1/me/credentials/[id]/route";
import { GET as rosterRoute } from "@/app/api/v1/teams/[id]/roster/route";
import { db } from "@/lib/db";
import { callRoute } from "../helpers/call-route";
import { teamFixture, type Person, type TeamFixture } from "../helpers/team-fixture";

vi.mock("next/headers", () => import("../helpers/next-headers-stub"));
vi.mock("next/cache", () => import("../helpers/next-cache-stub"));

// The roster keeps each member's compliance per process under their ledger version (compliance-cache.ts): a write
// by a member must show on the very next roster request, after earlier ones kept the older answer.

const AS_OF = "2026-12-02";
let t: TeamFixture;
beforeAll(async () => {
  t = await teamFixture("Cache team");
  // The policy's figure is a fixture: its year progress counts the member's entries of 2026.
  await db.team.update({ where: { id: t.teamId }, data: { cePolicy: { hoursPerYear: 20 } } });
});

type Row = {
  memberId: string;
  credentials?: { code: string; status: string }[];
  progress?: { body: string; earned: number }[];
  policy?: { year: { earned: number } | null };
  coverage?: { met: boolean };
};
const rowOf = async (p: Person) => {
  const res = await callRoute(rosterRoute, {
    params: { id: t.teamId },
    cookie: t.manager.cookie,
    path: `/x?asOf=${AS_OF}`,
  });
  expect(res.status).toBe(200);
  return (res.json.members as Row[]).find((r) => r.memberId === p.memberId)!;
};
const aapc = (r: Row) => r.progress!.find((p) => p.body === "AAPC")!.earned;

describe("the roster's kept compliance", () => {
  it("shows a CEU a member logs on the next request, in their progress and the team policy", async () => {
    const before = await rowOf(t.full);
    expect(await rowOf(t.full)).toEqual(before);
    expect(aapc(before)).toBe(6);
    expect(before.policy!.year!.earned).toBe(6);
    const res = await callRoute(createEntryRoute, {
      method: "POST",
      cookie: t.full.cookie,
      body: { date: "2026-11-20", title: "Risk adjustment", ceus: 2.5, topics: ["coding"], source: "aapc" },
    });
    expect(res.status).toBe(201);
    const after = await rowOf(t.full);
    expect(aapc(after)).toBe(8.5);
    expect(after.policy!.year!.earned).toBe(8.5);
  });

  it("shows a credential removed on the next request, and the coverage it cost", async () => {
    const before = await rowOf(t.statusOnly);
    expect(before.credentials!.map((c) => c.code)).toEqual(["CCS"]);
    expect(before.coverage!.met).toBe(true);
    const held = await db.heldCredential.findFirstOrThrow({ where: { userId: t.statusOnly.id }, select: { id: true } });
    const res = await callRoute(deleteHeldRoute, {
      method: "DELETE",
      params: { id: held.id },
      cookie: t.statusOnly.cookie,
    });
    expect(res.status).toBeLessThan(300);
    const after = await rowOf(t.statusOnly);
    expect(after.credentials).toEqual([]);
    expect(after.coverage!.met).toBe(false);
  });

  it("answers each day and each member on their own (no answer is reused across days or people)", async () => {
    const res = await callRoute(rosterRoute, {
      params: { id: t.teamId },
      cookie: t.manager.cookie,
      path: `/x?asOf=2026-02-09`,
    });
    const pat = (res.json.members as Row[]).find((r) => r.memberId === t.full.memberId)!;
    // The day before the fixture's first entry (2026-02-10): nothing of this year counts yet.
    expect(pat.policy!.year!.earned).toBe(0);
    const sam = (res.json.members as Row[]).find((r) => r.memberId === t.statusOnly.memberId)!;
    expect(sam).not.toHaveProperty("progress");
  });
});
