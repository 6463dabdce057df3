import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as acceptRoute } from "@/app/api/v1/invites/[token]/accept/route";
import { GET as accessLogRoute } from "@/app/api/v1/me/access-log/route";
import { GET as certRoute } from "@/app/api/v1/teams/[id]/members/[memberId]/certificates/[entryId]/route";
import { GET as memberGet } from "@/app/api/v1/teams/[id]/members/[memberId]/route";
import { DELETE as leaveRoute, PATCH as shareRoute } from "@/app/api/v1/teams/[id]/me/route";
import { GET as policyGet, PUT as policyPut } from "@/app/api/v1/teams/[id]/policy/route";
import { GET as rosterCsvRoute } from "@/app/api/v1/teams/[id]/roster.csv/route";
import { GET as rosterRoute } from "@/app/api/v1/teams/[id]/roster/route";
import { DELETE as teamDelete, GET as teamGet } from "@/app/api/v1/teams/[id]/route";
import { GET as teamsList } from "@/app/api/v1/teams/route";
import { db } from "@/lib/db";
import { callRoute } from "../helpers/call-route";
import { invite, person, teamFixture, tokenOf, type Person, type TeamFixture } from "../helpers/team-fixture";

vi.mock("next/headers", () => import("../helpers/next-headers-stub"));
vi.mock("next/cache", () => import("../helpers/next-cache-stub"));

// Teams through the API: what a manager sees of each member (only what they share), invitations that work once
// and for 7 days, withdrawing and leaving, deleting a team, and deleting an account that belongs to teams.

const AS_OF = "2026-12-02";
let t: TeamFixture;
beforeAll(async () => {
  t = await teamFixture();
});

type Row = Record<string, unknown> & { memberId: string; name: string };
const roster = async (by: Person, query = `?asOf=${AS_OF}`, teamId = t.teamId) => {
  const res = await callRoute(rosterRoute, { params: { id: teamId }, cookie: by.cookie, path: `/x${query}` });
  return { status: res.status, members: (res.json?.members ?? []) as Row[], text: JSON.stringify(res.json) };
};
const rowOf = (rows: Row[], p: Person) => rows.find((r) => r.memberId === p.memberId);

describe("the roster shows each member only what they share", () => {
  it("status only: credentials, statuses, due dates and coverage; no CEU progress or policy", async () => {
    const { members } = await roster(t.manager);
    const sam = rowOf(members, t.statusOnly)!;
    expect(Object.keys(sam).sort()).toEqual(
      ["coverage", "credentials", "memberId", "name", "position", "role", "share"].sort(),
    );
    expect(sam.share).toEqual(["status"]);
    expect(sam.coverage).toEqual({ met: true, missing: [], lapsing: [] });
    const [ccs] = sam.credentials as Record<string, unknown>[];
    expect(ccs).toMatchObject({ code: "CCS", issuer: "AHIMA", selfReported: true, custom: false });
    expect(ccs!.status).toMatch(/^(active|due_soon)$/);
    expect(ccs!.dueDate).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect((ccs!.verify as { url: string }).url).toBe("/credentials/CCS");
  });

  it("progress and certificates: also CEUs earned and owed per cycle", async () => {
    const { members } = await roster(t.manager);
    const pat = rowOf(members, t.full)!;
    expect(pat.coverage).toEqual({ met: true, missing: [], lapsing: [] });
    const progress = pat.progress as { body: string; earned: number; required: number; selfReported: boolean }[];
    expect(progress.find((p) => p.body === "AAPC")).toMatchObject({ earned: 6, selfReported: true });
    // Certificate files are listed on the member's details page, never in the roster.
    expect(pat).not.toHaveProperty("certificates");
  });

  it("nothing shared: name, role, position and an empty share list, every other field absent", async () => {
    const { members, text } = await roster(t.manager);
    const nora = rowOf(members, t.silent)!;
    expect(Object.keys(nora).sort()).toEqual(["memberId", "name", "position", "role", "share"]);
    expect(nora.share).toEqual([]);
    expect(text).not.toContain(t.silent.secret);
    expect(text).not.toContain(t.full.secret);
  });

  it("filters: not covered, lapsing within N days, in grace — each judged only on what is shared", async () => {
    const all = await roster(t.manager);
    expect(all.members.map((m) => m.name)).toEqual([...all.members.map((m) => m.name)].sort());
    const notCovered = await roster(t.manager, `?asOf=${AS_OF}&notCovered=1`);
    expect(notCovered.members).toEqual([]);
    // Sam's CCS (earned 2025-06-01) is owed; some weeks before its due date it is lapsing within 30 days.
    const due = (rowOf(all.members, t.statusOnly)!.credentials as { dueDate: string }[])[0]!.dueDate;
    const before = new Date(Date.parse(due) - 20 * 86_400_000).toISOString().slice(0, 10);
    const lapsing = await roster(t.manager, `?asOf=${before}&lapsingWithin=30`);
    expect(lapsing.members.map((m) => m.memberId)).toContain(t.statusOnly.memberId);
    expect(lapsing.members.map((m) => m.memberId)).not.toContain(t.silent.memberId);
    // AHIMA has no grace: the day after its due date the CCS is inactive, and Sam no longer covers the position.
    const dayAfter = new Date(Date.parse(due) + 86_400_000).toISOString().slice(0, 10);
    const uncovered = await roster(t.manager, `?asOf=${dayAfter}&notCovered=1`);
    const sam = rowOf(uncovered.members, t.statusOnly)!;
    expect(sam.coverage).toEqual({ met: false, missing: [["CCS"], ["CPC", "CIC"]], lapsing: [] });
    expect(rowOf(uncovered.members, t.silent)).toBeUndefined();
    // AAPC gives 30 days of grace: ten days after Pat's due date Pat is in grace and still covers the position.
    const patDue = (rowOf(all.members, t.full)!.credentials as { dueDate: string }[])[0]!.dueDate;
    const inGraceDay = new Date(Date.parse(patDue) + 10 * 86_400_000).toISOString().slice(0, 10);
    const grace = await roster(t.manager, `?asOf=${inGraceDay}&inGrace=1`);
    expect(grace.members.map((m) => m.memberId)).toEqual([t.full.memberId]);
    expect(grace.members[0]!.coverage).toEqual({ met: true, missing: [], lapsing: ["CPC", "CIC"] });
    expect((await roster(t.manager, "?lapsingWithin=0")).status).toBe(422);
  });

  it("the CSV carries the same fields and leaves unshared columns empty", async () => {
    const res = await callRoute(rosterCsvRoute, { params: { id: t.teamId }, cookie: t.manager.cookie, path: "/x" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    const lines = Buffer.from(res.bytes).toString("utf8").trim().split("\r\n");
    expect(lines[0]).toMatch(/^member,role,position,shares,covered,missing,lapsing,credential,issuer,status,due_date/);
    const nora = lines.find((l) => l.startsWith(t.silent.name))!;
    expect(nora).toBe(`${t.silent.name},member,Inpatient coder,,,,,,,,,,,,,,`);
    const sam = lines.find((l) => l.startsWith(t.statusOnly.name))!;
    expect(sam).toMatch(/,status,yes,,,CCS,AHIMA,\w+,\d{4}-\d\d-\d\d,,,,,,self-reported$/);
    const pat = lines.filter((l) => l.startsWith(t.full.name));
    expect(pat).toHaveLength(2);
    expect(pat[0]).toMatch(/,progress;certificates,yes,,,CPC,AAPC,\w+,\d{4}-\d\d-\d\d,6,\d+,\d+,/);
  });
});

describe("the CE policy", () => {
  it("managers set it; members read it; progress shows for those sharing progress only", async () => {
    const body = { hoursPerYear: 30, topic: "coding", topicHours: 15, newHireDays: 90, newHireHours: 8 };
    const asMember = await callRoute(policyPut, {
      method: "PUT",
      params: { id: t.teamId },
      cookie: t.full.cookie,
      body,
    });
    expect(asMember.status).toBe(403);
    const bad = await callRoute(policyPut, {
      method: "PUT",
      params: { id: t.teamId },
      cookie: t.manager.cookie,
      body: { topic: "coding" },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.error.issues[0].path).toBe("topicHours");
    const ok = await callRoute(policyPut, { method: "PUT", params: { id: t.teamId }, cookie: t.manager.cookie, body });
    expect(ok.json.policy).toEqual(body);
    expect((await callRoute(policyGet, { params: { id: t.teamId }, cookie: t.full.cookie })).json.policy).toEqual(body);
    const { members } = await roster(t.manager);
    expect(rowOf(members, t.full)!.policy).toMatchObject({
      year: { year: 2026, required: 30, earned: 6, topic: { topic: "coding", required: 15, earned: 6 }, met: false },
    });
    expect(rowOf(members, t.statusOnly)).not.toHaveProperty("policy");
  });
});

describe("invitations", () => {
  it("work once", async () => {
    const { url } = await invite(t.teamId, t.owner, "member");
    expect(url).toMatch(/\/invites\/[\w-]{43}$/);
    const a = await person("Ann Once");
    const b = await person("Ben Twice");
    const accept = (p: Person) =>
      callRoute(acceptRoute, {
        method: "POST",
        params: { token: tokenOf(url) },
        cookie: p.cookie,
        body: { share: [] },
      });
    expect((await accept(a)).json).toEqual({ teamId: t.teamId, share: [] });
    const again = await accept(b);
    expect(again.status).toBe(410);
    expect(await db.teamMember.count({ where: { teamId: t.teamId, userId: b.id } })).toBe(0);
  });

  it("expire after 7 days; an unknown token answers 404; a member of the team gets 409", async () => {
    const { id, url } = await invite(t.teamId, t.owner, "member");
    const row = await db.teamInvite.findUniqueOrThrow({ where: { id }, select: { createdAt: true, expiresAt: true } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThanOrEqual(7 * 86_400_000 - 1000);
    const p = await person("Late Larry");
    const accept = (token: string, who: Person = p) =>
      callRoute(acceptRoute, { method: "POST", params: { token }, cookie: who.cookie, body: { share: ["status"] } });
    expect((await accept(tokenOf(url), t.statusOnly)).status).toBe(409);
    await db.teamInvite.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await accept(tokenOf(url))).status).toBe(410);
    expect((await accept("x".repeat(43))).status).toBe(404);
    expect((await accept(tokenOf(url).replace(/.$/, "Z"))).status).toBe(404);
  });

  it("refuses a share it does not know, naming the field, and joins nobody", async () => {
    const { url } = await invite(t.teamId, t.owner, "member");
    const p = await person("Wrong Share");
    const res = await callRoute(acceptRoute, {
      method: "POST",
      params: { token: tokenOf(url) },
      cookie: p.cookie,
      body: { share: ["salary"] },
    });
    expect(res.status).toBe(422);
    expect(res.json.error.issues[0].path).toMatch(/^share/);
    expect(await db.teamMember.count({ where: { userId: p.id } })).toBe(0);
  });

  it("only the owner invites managers", async () => {
    await expect(invite(t.teamId, t.manager, "manager")).rejects.toThrow(/403/);
    await expect(invite(t.teamId, t.statusOnly, "member")).rejects.toThrow(/403/);
  });
});

describe("details, certificates and the access log", () => {
  it("records a manager opening details and downloading a certificate; the member reads it back", async () => {
    const details = await callRoute(memberGet, {
      params: { id: t.teamId, memberId: t.full.memberId! },
      cookie: t.manager.cookie,
    });
    expect(details.status).toBe(200);
    const certs = details.json.member.certificates as { entryId: string; title: string }[];
    expect(certs.map((c) => c.title)).toContain(`Course ${t.full.secret}`);
    const file = await callRoute(certRoute, {
      params: { id: t.teamId, memberId: t.full.memberId!, entryId: t.full.entryId! },
      cookie: t.manager.cookie,
    });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toMatch(/^attachment;/);
    const log = (await callRoute(accessLogRoute, { cookie: t.full.cookie })).json.entries as Record<string, unknown>[];
    expect(log.map((e) => e.what)).toEqual(["certificate", "details"]);
    expect(log[0]).toMatchObject({
      viewer: t.manager.name,
      team: "Coding team",
      entryTitle: `Course ${t.full.secret}`,
    });
    expect((await callRoute(accessLogRoute, { cookie: t.manager.cookie })).json.entries).toEqual([]);
  });

  it("answers 404 for what is not shared, and records nothing", async () => {
    const before = await db.teamAccessLog.count();
    const silent = await callRoute(memberGet, {
      params: { id: t.teamId, memberId: t.silent.memberId! },
      cookie: t.manager.cookie,
    });
    expect(silent.status).toBe(404);
    const cert = await callRoute(certRoute, {
      params: { id: t.teamId, memberId: t.statusOnly.memberId!, entryId: t.statusOnly.entryId! },
      cookie: t.manager.cookie,
    });
    expect(cert.status).toBe(404);
    // Another member's certificate through a member who shares certificates: not theirs, so 404.
    const wrong = await callRoute(certRoute, {
      params: { id: t.teamId, memberId: t.full.memberId!, entryId: t.statusOnly.entryId! },
      cookie: t.manager.cookie,
    });
    expect(wrong.status).toBe(404);
    expect(await db.teamAccessLog.count()).toBe(before);
  });
});

describe("download all my data", () => {
  it("holds my teams, my role and share, and the access log about me; nothing of the other members", async () => {
    const { exportAccount } = await import("@/lib/accounts/export");
    const { json } = await exportAccount(t.full.id);
    expect(json.teams).toEqual([
      { id: t.teamId, name: "Coding team", role: "member", share: ["progress", "certificates"] },
    ]);
    expect((json.accessLog as { viewer: string }[]).map((e) => e.viewer)).toContain(t.manager.name);
    const text = JSON.stringify(json);
    for (const other of [t.statusOnly, t.silent]) expect(text).not.toContain(other.secret);
  });
});

describe("withdrawing, leaving, deleting", () => {
  it("a withdrawn share is gone on the next request", async () => {
    const t2 = await teamFixture("Withdraw team");
    expect(rowOf((await roster(t2.manager, "", t2.teamId)).members, t2.full)).toHaveProperty("progress");
    const res = await callRoute(shareRoute, {
      method: "PATCH",
      params: { id: t2.teamId },
      cookie: t2.full.cookie,
      body: { share: ["status"] },
    });
    expect(res.json).toEqual({ share: ["status"] });
    const row = rowOf((await roster(t2.manager, "", t2.teamId)).members, t2.full)!;
    expect(row).toHaveProperty("credentials");
    expect(row).not.toHaveProperty("progress");
    await callRoute(shareRoute, {
      method: "PATCH",
      params: { id: t2.teamId },
      cookie: t2.full.cookie,
      body: { share: [] },
    });
    const none = rowOf((await roster(t2.manager, "", t2.teamId)).members, t2.full)!;
    expect(Object.keys(none).sort()).toEqual(["memberId", "name", "position", "role", "share"]);
    const details = await callRoute(memberGet, {
      params: { id: t2.teamId, memberId: t2.full.memberId! },
      cookie: t2.manager.cookie,
    });
    expect(details.status).toBe(404);
  });

  it("leaving takes effect at once; the owner cannot leave", async () => {
    const t2 = await teamFixture("Leave team");
    expect(
      (await callRoute(leaveRoute, { method: "DELETE", params: { id: t2.teamId }, cookie: t2.statusOnly.cookie }))
        .status,
    ).toBe(204);
    const { members } = await roster(t2.manager, "", t2.teamId);
    expect(rowOf(members, t2.statusOnly)).toBeUndefined();
    expect((await callRoute(teamGet, { params: { id: t2.teamId }, cookie: t2.statusOnly.cookie })).status).toBe(404);
    const owner = await callRoute(leaveRoute, { method: "DELETE", params: { id: t2.teamId }, cookie: t2.owner.cookie });
    expect(owner.status).toBe(409);
  });

  it("deleting a team: only its owner; then it answers 404 to all, and members keep their access log", async () => {
    const t2 = await teamFixture("Deleted team");
    await callRoute(memberGet, { params: { id: t2.teamId, memberId: t2.full.memberId! }, cookie: t2.manager.cookie });
    expect(
      (await callRoute(teamDelete, { method: "DELETE", params: { id: t2.teamId }, cookie: t2.manager.cookie })).status,
    ).toBe(403);
    expect(
      (await callRoute(teamDelete, { method: "DELETE", params: { id: t2.teamId }, cookie: t2.owner.cookie })).status,
    ).toBe(204);
    for (const p of [t2.owner, t2.manager, t2.full]) {
      expect((await callRoute(teamGet, { params: { id: t2.teamId }, cookie: p.cookie })).status).toBe(404);
      expect((await roster(p, "", t2.teamId)).status).toBe(404);
    }
    expect(await db.teamMember.count({ where: { teamId: t2.teamId } })).toBe(0);
    expect(await db.teamInvite.count({ where: { teamId: t2.teamId } })).toBe(0);
    const log = (await callRoute(accessLogRoute, { cookie: t2.full.cookie })).json.entries;
    expect(log).toMatchObject([{ team: "Deleted team", teamId: null, what: "details" }]);
  });

  it("deleting an account that belongs to teams leaves nothing of it visible", async () => {
    const t2 = await teamFixture("Account team");
    await callRoute(memberGet, { params: { id: t2.teamId, memberId: t2.full.memberId! }, cookie: t2.manager.cookie });
    const { DELETE: deleteMe } = await import("@/app/api/v1/me/route");
    const del = await callRoute(deleteMe, {
      method: "DELETE",
      cookie: t2.full.cookie,
      body: { password: t2.full.password },
    });
    expect(del.status).toBe(204);
    const { text, members } = await roster(t2.manager, "", t2.teamId);
    expect(rowOf(members, t2.full)).toBeUndefined();
    expect(text).not.toContain(t2.full.name);
    expect(await db.teamAccessLog.count({ where: { subjectId: t2.full.id } })).toBe(0);
    expect(await db.teamMember.count({ where: { userId: t2.full.id } })).toBe(0);
    // The manager's own account going: their name leaves the members' access logs, the fact of the look stays.
    const t3 = await teamFixture("Viewer team");
    await callRoute(memberGet, { params: { id: t3.teamId, memberId: t3.full.memberId! }, cookie: t3.manager.cookie });
    await callRoute(deleteMe, { method: "DELETE", cookie: t3.manager.cookie, body: { password: t3.manager.password } });
    const log = (await callRoute(accessLogRoute, { cookie: t3.full.cookie })).json.entries;
    expect(log).toMatchObject([{ viewer: "a deleted account" }]);
    expect(JSON.stringify(log)).not.toContain(t3.manager.name);
    // The owner's account going takes the team with it.
    await callRoute(deleteMe, { method: "DELETE", cookie: t3.owner.cookie, body: { password: t3.owner.password } });
    expect(await db.team.count({ where: { id: t3.teamId } })).toBe(0);
    expect((await callRoute(teamsList, { cookie: t3.full.cookie })).json.teams).toEqual([]);
  });
});
