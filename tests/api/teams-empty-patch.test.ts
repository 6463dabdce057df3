import { describe, expect, it, vi } from "vitest";
import { PATCH as memberPatch } from "@/app/api/v1/teams/[id]/members/[memberId]/route";
import { PATCH as positionPatch } from "@/app/api/v1/teams/[id]/positions/[positionId]/route";
import { callRoute } from "../helpers/call-route";
import { teamFixture } from "../helpers/team-fixture";

vi.mock("next/headers", () => import("../helpers/next-headers-stub"));
vi.mock("next/cache", () => import("../helpers/next-cache-stub"));

// An empty PATCH ({}) changes nothing and answers the record as it is. Prisma's updateMany with nothing to set
// counts 0 rows, which once read as "no such position" (the profile and reminder settings had the same fault).

describe("an empty PATCH on a team's records", () => {
  it("answers the position and the member as they are, and a position that is not there still 404", async () => {
    const t = await teamFixture();
    const params = { id: t.teamId, positionId: t.positionId };
    const pos = await callRoute(positionPatch, { method: "PATCH", params, cookie: t.manager.cookie, body: {} });
    expect(pos.status, JSON.stringify(pos.json)).toBe(200);
    expect(pos.json.position).toMatchObject({
      id: t.positionId,
      name: "Inpatient coder",
      requires: [["CCS"], ["CPC", "CIC"]],
    });
    const gone = { id: t.teamId, positionId: "not-a-position" };
    const none = await callRoute(positionPatch, { method: "PATCH", params: gone, cookie: t.manager.cookie, body: {} });
    expect(none.status).toBe(404);
    const member = await callRoute(memberPatch, {
      method: "PATCH",
      params: { id: t.teamId, memberId: t.statusOnly.memberId! },
      cookie: t.manager.cookie,
      body: {},
    });
    expect([member.status, member.json.member]).toEqual([
      200,
      { memberId: t.statusOnly.memberId, role: "member", position: t.positionId },
    ]);
  });
});
