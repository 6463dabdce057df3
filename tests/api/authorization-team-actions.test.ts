import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { setRequest } from "../helpers/next-headers-stub";
import {
  invite,
  leaksOf,
  newPosition,
  person,
  snapshot,
  teamFixture,
  tokenOf,
  type Person,
  type TeamFixture,
} from "../helpers/team-fixture";

vi.mock("next/headers", () => import("../helpers/next-headers-stub"));
vi.mock("next/cache", () => import("../helpers/next-cache-stub"));

let outsider: Person;
beforeAll(async () => {
  outsider = (await teamFixture("Another team")).owner;
});

// The teams pages' server actions: the same doors as the routes above, behind the session.
type ActionRow = { args: (t: TeamFixture) => unknown[] | Promise<unknown[]>; member: boolean; manager: boolean };
const fd = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const TEAM_ACTIONS: Record<string, ActionRow> = {
  setShareAction: { args: (t) => [null, fd({ teamId: t.teamId, status: "on" })], member: true, manager: true },
  leaveTeamAction: { args: (t) => [{ teamId: t.teamId }], member: true, manager: true },
  createInviteAction: { args: (t) => [{ teamId: t.teamId, role: "member" }], member: false, manager: true },
  createPositionAction: {
    args: (t) => [null, fd({ teamId: t.teamId, name: "CDI", requires: "CCDS or CDIP" })],
    member: false,
    manager: true,
  },
  deletePositionAction: {
    args: async (t) => [{ teamId: t.teamId, positionId: await newPosition(t) }],
    member: false,
    manager: true,
  },
  assignPositionAction: {
    args: (t) => [{ teamId: t.teamId, memberId: t.statusOnly.memberId, position: null }],
    member: false,
    manager: true,
  },
  setPolicyAction: { args: (t) => [null, fd({ teamId: t.teamId, hoursPerYear: "20" })], member: false, manager: true },
  setVerifyLinksAction: {
    args: (t) => [null, fd({ teamId: t.teamId, "verify:AAPC": "https://verify.example.org/aapc" })],
    member: false,
    manager: false,
  },
  deleteTeamAction: { args: (t) => [{ teamId: t.teamId }], member: false, manager: false },
};

describe("the authorization matrix: teams server actions", () => {
  type Action = (...args: unknown[]) => Promise<{ ok: boolean }>;
  let actions: Record<string, Action>;
  beforeAll(async () => {
    actions = (await import("@/lib/teams/actions")) as unknown as Record<string, Action>;
  });

  it("covers every teams action (creating a team and accepting an invitation: below)", () => {
    expect(Object.keys(actions).sort()).toEqual(
      [...Object.keys(TEAM_ACTIONS), "createTeamAction", "acceptInviteAction"].sort(),
    );
  });

  for (const [name, row] of Object.entries(TEAM_ACTIONS)) {
    it(`${name}: nobody and another team refused; member ${row.member}, manager ${row.manager}, owner`, async () => {
      const t = await teamFixture();
      const args = await row.args(t);
      const before = await snapshot(t.teamId);
      const as = async (who?: Person) => {
        setRequest(who ? { cookie: who.cookie } : {});
        const res = await actions[name]!(...args);
        expect(leaksOf(JSON.stringify(res), t)).toEqual([]);
        return res.ok;
      };
      expect(await as(), "nobody").toBe(false);
      expect(await as(outsider), "another team's owner").toBe(false);
      if (!row.member) expect(await as(t.silent), "a member").toBe(false);
      if (!row.manager) expect(await as(t.manager), "a manager").toBe(false);
      expect(await snapshot(t.teamId), "a refused action changed the team").toBe(before);
      for (const who of ["member", "manager", "owner"] as const) {
        if (who !== "owner" && !row[who]) continue;
        const fresh = await teamFixture();
        setRequest({
          cookie: (who === "member" ? fresh.silent : who === "manager" ? fresh.manager : fresh.owner).cookie,
        });
        const res = await actions[name]!(...(await row.args(fresh)));
        // The owner cannot leave (they delete the team instead).
        expect(res.ok, `${who}: ${JSON.stringify(res)}`).toBe(!(name === "leaveTeamAction" && who === "owner"));
      }
    });
  }

  it("createTeamAction and acceptInviteAction: signed in only; a wrong token joins nobody", async () => {
    const t = await teamFixture();
    setRequest({});
    expect((await actions.createTeamAction!(null, fd({ name: "Mine" }))).ok).toBe(false);
    const { url } = await invite(t.teamId, t.owner, "member");
    const token = tokenOf(url);
    expect((await actions.acceptInviteAction!(null, fd({ token, status: "on" }))).ok).toBe(false);
    const p = await person("Action Joiner");
    setRequest({ cookie: p.cookie });
    expect((await actions.acceptInviteAction!(null, fd({ token: "not-a-token", status: "on" }))).ok).toBe(false);
    expect(await db.teamMember.count({ where: { userId: p.id } })).toBe(0);
    expect((await actions.acceptInviteAction!(null, fd({ token, status: "on" }))).ok).toBe(true);
    expect((await actions.createTeamAction!(null, fd({ name: "Mine" }))).ok).toBe(true);
    expect(await db.teamMember.findMany({ where: { userId: p.id }, select: { role: true, share: true } })).toEqual(
      expect.arrayContaining([
        { role: "member", share: ["status"] },
        { role: "owner", share: [] },
      ]),
    );
  });
});
