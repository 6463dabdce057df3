import { POST as acceptRoute } from "@/app/api/v1/invites/[token]/accept/route";
import { POST as inviteRoute } from "@/app/api/v1/teams/[id]/invites/route";
import { POST as positionsRoute } from "@/app/api/v1/teams/[id]/positions/route";
import { PATCH as memberRoute } from "@/app/api/v1/teams/[id]/members/[memberId]/route";
import { POST as teamsRoute } from "@/app/api/v1/teams/route";
import { attachCertificate } from "@/lib/ceus/certificates";
import { createEntry } from "@/lib/ceus/service";
import { addHeldCredential } from "@/lib/credentials/held-service";
import { db } from "@/lib/db";
import { callRoute } from "./call-route";
import { createTestUser, type TestUser } from "./users";
import { randomId } from "../setup/engine";

// A team built through its own API: an owner, a manager, and members who share different things, each member
// carrying secret strings in their CEU log and certificate so a leak of any of it is found by a text search.

export type Person = TestUser & { name: string; secret: string; memberId?: string; entryId?: string };

export const tokenOf = (url: string) => url.slice(url.lastIndexOf("/") + 1);

export async function person(name: string, creds: { code: string; earnedOn: string }[] = []): Promise<Person> {
  const secret = `sec${randomId()}`;
  const full = `${name} ${randomId().slice(0, 4)}`;
  const user = await createTestUser(full);
  for (const c of creds) await addHeldCredential(user.id, c);
  const entry = await createEntry(user.id, {
    date: "2026-02-10",
    title: `Course ${secret}`,
    ceus: 6,
    topics: ["coding"],
  });
  await attachCertificate(user.id, entry.id, {
    name: `${secret}.pdf`,
    data: new TextEncoder().encode(`%PDF-1.4\n${secret}\n%%EOF\n`),
  });
  return { ...user, name: full, secret, entryId: entry.id };
}

export async function invite(teamId: string, by: TestUser, role: "manager" | "member", position?: string) {
  const res = await callRoute(inviteRoute, {
    method: "POST",
    params: { id: teamId },
    cookie: by.cookie,
    body: { role, ...(position ? { position } : {}) },
  });
  if (res.status !== 201) throw new Error(`invite: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json as { id: string; url: string };
}

export async function join(teamId: string, by: TestUser, who: Person, role: "manager" | "member", share: string[]) {
  const { url } = await invite(teamId, by, role);
  const res = await callRoute(acceptRoute, {
    method: "POST",
    params: { token: tokenOf(url) },
    cookie: who.cookie,
    body: { share },
  });
  if (res.status !== 200) throw new Error(`accept: ${res.status} ${JSON.stringify(res.json)}`);
  const m = await db.teamMember.findFirstOrThrow({ where: { teamId, userId: who.id }, select: { id: true } });
  who.memberId = m.id;
  return who;
}

export type TeamFixture = {
  teamId: string;
  positionId: string;
  owner: Person;
  /** Managers sharing nothing themselves, one per test that needs a manager. */
  manager: Person;
  /** Holds CCS; shares status only. */
  statusOnly: Person;
  /** Holds CPC and CIC; shares progress and certificates. */
  full: Person;
  /** Holds CCS; shares nothing. */
  silent: Person;
};

export async function teamFixture(name = "Coding team"): Promise<TeamFixture> {
  const owner = await person("Olive Owner");
  const created = await callRoute(teamsRoute, { method: "POST", cookie: owner.cookie, body: { name } });
  const teamId = created.json.id as string;
  const ownerRow = await db.teamMember.findFirstOrThrow({ where: { teamId, userId: owner.id }, select: { id: true } });
  owner.memberId = ownerRow.id;
  const manager = await join(teamId, owner, await person("Mona Manager"), "manager", []);
  const statusOnly = await join(
    teamId,
    owner,
    await person("Sam Status", [{ code: "CCS", earnedOn: "2025-06-01" }]),
    "member",
    ["status"],
  );
  const full = await join(
    teamId,
    owner,
    await person("Pat Progress", [
      { code: "CPC", earnedOn: "2025-03-15" },
      { code: "CIC", earnedOn: "2025-03-15" },
    ]),
    "member",
    ["progress", "certificates"],
  );
  const silent = await join(
    teamId,
    owner,
    await person("Nora None", [{ code: "CCS", earnedOn: "2025-06-01" }]),
    "member",
    [],
  );
  const pos = await callRoute(positionsRoute, {
    method: "POST",
    params: { id: teamId },
    cookie: manager.cookie,
    body: { name: "Inpatient coder", requires: [["CCS"], ["CPC", "CIC"]] },
  });
  const positionId = pos.json.id as string;
  for (const m of [statusOnly, full, silent])
    await callRoute(memberRoute, {
      method: "PATCH",
      params: { id: teamId, memberId: m.memberId! },
      cookie: manager.cookie,
      body: { position: positionId },
    });
  return { teamId, positionId, owner, manager, statusOnly, full, silent };
}

export const newPosition = async (t: TeamFixture) =>
  (await db.teamPosition.create({ data: { teamId: t.teamId, name: "Temp", requires: [["CCS"]] } })).id;

/** The team's rows as one string: a refused call must leave it as it was. */
export async function snapshot(teamId: string): Promise<string> {
  const [team, members, positions, invites] = await Promise.all([
    db.team.findUnique({ where: { id: teamId }, select: { name: true, cePolicy: true, verifyLinks: true } }),
    db.teamMember.findMany({
      where: { teamId },
      orderBy: { id: "asc" },
      select: { id: true, role: true, share: true, positionId: true },
    }),
    db.teamPosition.findMany({
      where: { teamId },
      orderBy: { id: "asc" },
      select: { id: true, name: true, requires: true },
    }),
    db.teamInvite.findMany({ where: { teamId }, orderBy: { id: "asc" }, select: { id: true, usedAt: true } }),
  ]);
  return JSON.stringify({ team, members, positions, invites });
}

export const leaksOf = (text: string, t: TeamFixture) =>
  [t.full.secret, t.statusOnly.secret, t.silent.secret, t.owner.secret].filter((s) => text.includes(s));
