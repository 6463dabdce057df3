import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as rosterRoute } from "@/app/api/v1/teams/[id]/roster/route";
import { GET as teamGet, PATCH as teamPatch } from "@/app/api/v1/teams/[id]/route";
import { callRoute } from "../helpers/call-route";
import { snapshot, teamFixture, type Person, type TeamFixture } from "../helpers/team-fixture";

vi.mock("next/headers", () => import("../helpers/next-headers-stub"));
vi.mock("next/cache", () => import("../helpers/next-cache-stub"));

// Where a team verifies each body's credentials: HIM Pathways has no body's verification address on file, so the
// team's owner gives the one the employer uses, and the roster's "verify" links go there (else to the credential's
// page here). Bad addresses are refused naming the field, and change nothing.

let t: TeamFixture;
beforeAll(async () => {
  t = await teamFixture("Verify team");
});

const patch = (by: Person, body: unknown) =>
  callRoute(teamPatch, { method: "PATCH", params: { id: t.teamId }, cookie: by.cookie, body });
const verifyOf = async (p: Person, code: string) => {
  const res = await callRoute(rosterRoute, { params: { id: t.teamId }, cookie: t.manager.cookie, path: "/x" });
  const row = (res.json.members as { memberId: string; credentials?: { code: string; verify: unknown }[] }[]).find(
    (m) => m.memberId === p.memberId,
  )!;
  return row.credentials!.find((c) => c.code === code)!.verify as { url: string; note: string };
};

describe("a team's verification pages", () => {
  it("the owner sets them; the roster's links go there for that body, elsewhere to the credential's page", async () => {
    expect(await verifyOf(t.full, "CPC")).toMatchObject({ url: "/credentials/CPC" });
    const res = await patch(t.owner, { verifyLinks: { AAPC: "https://verify.example.org/aapc" } });
    expect(res.status).toBe(200);
    expect(res.json.team).toMatchObject({ id: t.teamId, verifyLinks: { AAPC: "https://verify.example.org/aapc" } });
    expect(await verifyOf(t.full, "CPC")).toEqual({
      url: "https://verify.example.org/aapc",
      note: "Verify on AAPC's page your team's owner chose.",
    });
    // CCS is AHIMA's: no page set for it.
    expect((await verifyOf(t.statusOnly, "CCS")).url).toBe("/credentials/CCS");
    const team = await callRoute(teamGet, { params: { id: t.teamId }, cookie: t.statusOnly.cookie });
    expect(team.json.team.verifyLinks).toEqual({ AAPC: "https://verify.example.org/aapc" });
    // The name alone leaves the pages as they are; an empty address removes one.
    expect((await patch(t.owner, { name: "Verify team" })).json.team.verifyLinks).toEqual({
      AAPC: "https://verify.example.org/aapc",
    });
    expect((await patch(t.owner, { verifyLinks: { AAPC: "" } })).json.team.verifyLinks).toEqual({});
    expect((await verifyOf(t.full, "CPC")).url).toBe("/credentials/CPC");
  });

  it("refuses what is not an https page of a catalog body, naming the field, and changes nothing", async () => {
    await patch(t.owner, { verifyLinks: { AHIMA: "https://verify.example.org/ahima" } });
    const before = await snapshot(t.teamId);
    const cases: [unknown, string][] = [
      [{ AHIMA: "http://verify.example.org/ahima" }, "verifyLinks.AHIMA"],
      [{ AHIMA: "javascript:alert(1)" }, "verifyLinks.AHIMA"],
      [{ AHIMA: "https://localhost/x" }, "verifyLinks.AHIMA"],
      [{ NOPE: "https://verify.example.org/x" }, "verifyLinks.NOPE"],
      [{ aapc: "https://verify.example.org/x" }, "verifyLinks.aapc"],
      [["https://verify.example.org/x"], "verifyLinks"],
    ];
    for (const [verifyLinks, field] of cases) {
      const res = await patch(t.owner, { verifyLinks });
      expect(res.status, JSON.stringify(verifyLinks)).toBe(422);
      expect(res.json.error.issues.map((i: { path: string }) => i.path)).toContain(field);
    }
    expect(await snapshot(t.teamId)).toBe(before);
  });

  it("only the owner sets them", async () => {
    const before = await snapshot(t.teamId);
    const res = await patch(t.manager, { verifyLinks: { AAPC: "https://verify.example.org/aapc" } });
    expect(res.status).toBe(403);
    expect(await snapshot(t.teamId)).toBe(before);
  });
});
