import { beforeAll, describe, expect, it, vi } from "vitest";
import { operations } from "@/lib/api-doc/document";
import { createApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db";
import { operationOf } from "../helpers/api-contract";
import { callRoute, type CallOptions } from "../helpers/call-route";
import { discoverRoutes, type Handler } from "../helpers/routes";
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

// The authorization matrix for the teams routes. Each route is called as nobody, as the owner of another team
// (aiming at this team, and at this team's ids through their own team), as a member of this team who shares
// nothing, as a manager, and as the owner. Members carry secret strings in their CEU log and certificates; no answer
// to anyone but a manager looking at someone who shares certificates may contain them, and a refused call changes
// nothing. What a manager sees of each share level is checked field by field at the end. Each route is also called
// with the owner's personal API tokens, by the auth its OpenAPI entry states (lib/api-doc/routes/teams.ts).

type Row = {
  call: (t: TeamFixture) => CallOptions | Promise<CallOptions>;
  /** Status for each caller; outsiders always get 404 and nobody 401. */
  member: number;
  manager: number;
  owner: number;
  /** Outsiders aiming at this team's sub-ids through their own team (ids in params other than the team's). */
  crossIds?: (t: TeamFixture, ownTeam: string) => CallOptions;
};

const json = (method: string, body: unknown) => ({ method, body });
const p = (t: TeamFixture, extra: Record<string, string> = {}) => ({ params: { id: t.teamId, ...extra } });

const TEAM_ROUTES: Record<string, Row> = {
  "GET /api/v1/teams/[id]": { call: (t) => p(t), member: 200, manager: 200, owner: 200 },
  "PATCH /api/v1/teams/[id]": {
    call: (t) => ({
      ...p(t),
      ...json("PATCH", { name: "Renamed", verifyLinks: { AAPC: "https://verify.example.org/aapc" } }),
    }),
    member: 403,
    manager: 403,
    owner: 200,
  },
  "DELETE /api/v1/teams/[id]": { call: (t) => ({ ...p(t), method: "DELETE" }), member: 403, manager: 403, owner: 204 },
  "POST /api/v1/teams/[id]/invites": {
    call: (t) => ({ ...p(t), ...json("POST", { role: "member" }) }),
    member: 403,
    manager: 201,
    owner: 201,
  },
  "DELETE /api/v1/teams/[id]/invites/[inviteId]": {
    call: async (t) => ({ ...p(t, { inviteId: (await invite(t.teamId, t.owner, "member")).id }), method: "DELETE" }),
    member: 403,
    manager: 204,
    owner: 204,
    crossIds: (t, own) => ({ params: { id: own, inviteId: "x" }, method: "DELETE" }),
  },
  "PATCH /api/v1/teams/[id]/me": {
    call: (t) => ({ ...p(t), ...json("PATCH", { share: ["status"] }) }),
    member: 200,
    manager: 200,
    owner: 200,
  },
  "DELETE /api/v1/teams/[id]/me": {
    call: (t) => ({ ...p(t), method: "DELETE" }),
    member: 204,
    manager: 204,
    owner: 409,
  },
  "GET /api/v1/teams/[id]/positions": { call: (t) => p(t), member: 200, manager: 200, owner: 200 },
  "POST /api/v1/teams/[id]/positions": {
    call: (t) => ({ ...p(t), ...json("POST", { name: "CDI specialist", requires: [["CCDS"], ["CDIP"]] }) }),
    member: 403,
    manager: 201,
    owner: 201,
  },
  "PATCH /api/v1/teams/[id]/positions/[positionId]": {
    call: (t) => ({ ...p(t, { positionId: t.positionId }), ...json("PATCH", { name: "Renamed" }) }),
    member: 403,
    manager: 200,
    owner: 200,
    crossIds: (t, own) => ({ params: { id: own, positionId: t.positionId }, ...json("PATCH", { name: "Stolen" }) }),
  },
  "DELETE /api/v1/teams/[id]/positions/[positionId]": {
    call: async (t) => ({ ...p(t, { positionId: await newPosition(t) }), method: "DELETE" }),
    member: 403,
    manager: 204,
    owner: 204,
    crossIds: (t, own) => ({ params: { id: own, positionId: t.positionId }, method: "DELETE" }),
  },
  "GET /api/v1/teams/[id]/members/[memberId]": {
    call: (t) => p(t, { memberId: t.full.memberId! }),
    member: 403,
    manager: 200,
    owner: 200,
    crossIds: (t, own) => ({ params: { id: own, memberId: t.full.memberId! } }),
  },
  "PATCH /api/v1/teams/[id]/members/[memberId]": {
    call: (t) => ({ ...p(t, { memberId: t.statusOnly.memberId! }), ...json("PATCH", { position: null }) }),
    member: 403,
    manager: 200,
    owner: 200,
    crossIds: (t, own) => ({
      params: { id: own, memberId: t.statusOnly.memberId! },
      ...json("PATCH", { position: null }),
    }),
  },
  "GET /api/v1/teams/[id]/members/[memberId]/certificates/[entryId]": {
    call: (t) => p(t, { memberId: t.full.memberId!, entryId: t.full.entryId! }),
    member: 403,
    manager: 200,
    owner: 200,
    crossIds: (t, own) => ({ params: { id: own, memberId: t.full.memberId!, entryId: t.full.entryId! } }),
  },
  "GET /api/v1/teams/[id]/roster": { call: (t) => p(t), member: 403, manager: 200, owner: 200 },
  "GET /api/v1/teams/[id]/roster.csv": { call: (t) => p(t), member: 403, manager: 200, owner: 200 },
  "GET /api/v1/teams/[id]/policy": { call: (t) => p(t), member: 200, manager: 200, owner: 200 },
  "PUT /api/v1/teams/[id]/policy": {
    call: (t) => ({ ...p(t), ...json("PUT", { hoursPerYear: 30 }) }),
    member: 403,
    manager: 200,
    owner: 200,
  },
};

let routes: Map<string, Handler>;
let outsider: Person;
let outsiderTeam: string;

beforeAll(async () => {
  routes = await discoverRoutes();
  const other = await teamFixture("Another team");
  outsider = other.owner;
  outsiderTeam = other.teamId;
});

const callAs = async (h: Handler, who: Person | undefined, opts: CallOptions) => {
  const res = await callRoute(h, { ...opts, cookie: who?.cookie, path: opts.path ?? "/x" });
  return { status: res.status, text: Buffer.from(res.bytes).toString("latin1") };
};

/** The auth the route's OpenAPI entry states: "read", "write" or "session". */
const describedAuth = (key: string) => {
  const [method, path] = operationOf(key);
  return operations.find((o) => o.method === method && o.path === path)!.auth;
};

/** A read and a read-write personal API token of this person's. */
async function tokensOf(who: Person) {
  const make = async (scope: "read" | "read-write") =>
    (await createApiToken(who.id, { name: `Teams ${scope}`, scope, expiresInDays: 30 })).token;
  return { read: await make("read"), write: await make("read-write") };
}

const bearer = (opts: CallOptions, token: string): CallOptions => ({
  ...opts,
  headers: { ...opts.headers, authorization: `Bearer ${token}` },
});

describe("the authorization matrix: teams routes", () => {
  it("covers every teams and invitations route", () => {
    const served = [...routes.keys()].filter((k) => /\/api\/v1\/(teams\/\[id\]|invites)/.test(k));
    expect(served.sort()).toEqual([...Object.keys(TEAM_ROUTES), "POST /api/v1/invites/[token]/accept"].sort());
  });

  for (const [key, row] of Object.entries(TEAM_ROUTES)) {
    const expected = `member ${row.member}, manager ${row.manager}, owner ${row.owner}`;
    it(`${key}: nobody 401, another team 404, ${expected}`, async () => {
      const h = routes.get(key)!;
      const t = await teamFixture();
      const secrets = [t.full.secret, t.statusOnly.secret, t.silent.secret, t.owner.secret];
      const leaks = (text: string) => secrets.filter((s) => text.includes(s));
      // Anything the call needs (an invitation, a position to delete) exists before the snapshot is taken.
      const opts = await row.call(t);
      const before = await snapshot(t.teamId);

      const refused = [
        [undefined, 401],
        [outsider, 404],
      ] as const;
      for (const [who, status] of refused) {
        const res = await callAs(h, who, opts);
        expect(res.status, who ? "a member of another team" : "nobody").toBe(status);
        expect(leaks(res.text)).toEqual([]);
      }
      if (row.crossIds) {
        const res = await callAs(h, outsider, row.crossIds(t, outsiderTeam));
        expect(res.status, "this team's ids through another team").toBe(404);
      }
      if (row.member >= 400) {
        const res = await callAs(h, t.silent, opts);
        expect(res.status, "a member of the team").toBe(row.member);
        expect(leaks(res.text)).toEqual([]);
      }
      if (row.manager >= 400) {
        const res = await callAs(h, t.manager, opts);
        expect(res.status, "a manager").toBe(row.manager);
      }
      expect(await snapshot(t.teamId), "a refused call changed the team").toBe(before);

      // The owner's API tokens, on this team (unchanged so far): a read token reads and may not write; a read-write
      // one writes; neither may do what takes a browser session (403), and a refused token changes nothing.
      const auth = describedAuth(key);
      const tokens = await tokensOf(t.owner);
      const byRead = await callAs(h, undefined, bearer(opts, tokens.read));
      expect(byRead.status, `the owner's read token (${auth})`).toBe(auth === "read" ? row.owner : 403);
      if (auth !== "read") {
        expect(await snapshot(t.teamId), "a refused read token changed the team").toBe(before);
        const byWrite = await callAs(h, undefined, bearer(opts, tokens.write));
        expect(byWrite.status, `the owner's read-write token (${auth})`).toBe(auth === "write" ? row.owner : 403);
        if (auth === "session") expect(await snapshot(t.teamId), "a refused token changed the team").toBe(before);
      }

      // Allowed callers, each on a fresh team so one's change does not decide the next one's answer.
      for (const who of ["member", "manager", "owner"] as const) {
        if (row[who] >= 400 && who !== "owner") continue;
        const fresh = await teamFixture();
        const caller = who === "member" ? fresh.silent : who === "manager" ? fresh.manager : fresh.owner;
        const res = await callAs(h, caller, await row.call(fresh));
        expect(res.status, who).toBe(row[who]);
        const freshSecrets = [fresh.full.secret, fresh.statusOnly.secret, fresh.silent.secret];
        const seen = freshSecrets.filter((s) => res.text.includes(s));
        // Only a certificate (or details) of the member who shares certificates may carry that member's secret.
        expect(
          seen.filter((s) => s !== fresh.full.secret),
          `${who} saw an unshared record`,
        ).toEqual([]);
      }
    });
  }

  it("POST /api/v1/invites/[token]/accept: a wrong link 404, an API token 403, both joining nobody", async () => {
    const h = routes.get("POST /api/v1/invites/[token]/accept")!;
    const t = await teamFixture();
    const { url } = await invite(t.teamId, t.owner, "member");
    const token = tokenOf(url);
    const newcomer = await person("New Comer");
    const body = { method: "POST", body: { share: ["status"] } };
    expect((await callAs(h, undefined, { ...body, params: { token } })).status).toBe(401);
    for (const wrong of [token.replace(/.$/, token.endsWith("A") ? "B" : "A"), "not-a-token"])
      expect((await callAs(h, newcomer, { ...body, params: { token: wrong } })).status).toBe(404);
    expect(await db.teamMember.count({ where: { userId: newcomer.id } })).toBe(0);
    // Joining is the person's own consent, in the browser: neither of their API tokens may accept.
    const tokens = await tokensOf(newcomer);
    for (const bearerToken of [tokens.read, tokens.write])
      expect((await callAs(h, undefined, bearer({ ...body, params: { token } }, bearerToken))).status).toBe(403);
    expect(await db.teamMember.count({ where: { userId: newcomer.id } })).toBe(0);
    const ok = await callAs(h, newcomer, { ...body, params: { token } });
    expect(ok.status).toBe(200);
    expect(leaksOf(ok.text, t)).toEqual([]);
  });
});

describe("a manager sees each share level's fields and no more, in JSON, CSV and details", () => {
  const FIELDS = {
    none: ["memberId", "name", "position", "role", "share"],
    status: ["coverage", "credentials", "memberId", "name", "position", "role", "share"],
    progress: ["coverage", "credentials", "memberId", "name", "position", "progress", "role", "share"],
  };

  it("roster rows per share level, as a manager and as the owner", async () => {
    const t = await teamFixture();
    const extra = await person("Prue Progress", [{ code: "CPC", earnedOn: "2025-03-15" }]);
    const { join } = await import("../helpers/team-fixture");
    await join(t.teamId, t.owner, extra, "member", ["progress"]);
    for (const viewer of [t.manager, t.owner]) {
      const res = await callRoute(routes.get("GET /api/v1/teams/[id]/roster")!, {
        ...p(t),
        cookie: viewer.cookie,
        path: "/x",
      });
      const row = (m: Person) => res.json.members.find((r: { memberId: string }) => r.memberId === m.memberId);
      expect(Object.keys(row(t.silent)).sort()).toEqual(FIELDS.none);
      expect(Object.keys(row(t.statusOnly)).sort()).toEqual(FIELDS.status);
      // No position assigned: no coverage to show, whatever is shared.
      expect(Object.keys(row(extra)).sort()).toEqual(FIELDS.progress.filter((f) => f !== "coverage"));
      expect(Object.keys(row(t.full)).sort()).toEqual(FIELDS.progress);
      expect(leaksOf(JSON.stringify(res.json), t)).toEqual([]);
    }
    const details = routes.get("GET /api/v1/teams/[id]/members/[memberId]")!;
    const d = (m: Person) => callRoute(details, { ...p(t, { memberId: m.memberId! }), cookie: t.manager.cookie });
    expect((await d(t.silent)).status).toBe(404);
    expect(Object.keys((await d(t.statusOnly)).json.member).sort()).toEqual(FIELDS.status);
    expect(Object.keys((await d(extra)).json.member).sort()).toEqual(FIELDS.progress.filter((f) => f !== "coverage"));
    const full = (await d(t.full)).json.member;
    expect(Object.keys(full).sort()).toEqual([...FIELDS.progress, "certificates"].sort());
    expect(JSON.stringify(full)).toContain(t.full.secret);
    const csv = await callRoute(routes.get("GET /api/v1/teams/[id]/roster.csv")!, {
      ...p(t),
      cookie: t.manager.cookie,
      path: "/x",
    });
    const text = Buffer.from(csv.bytes).toString("utf8");
    expect(leaksOf(text, t)).toEqual([]);
    const samLine = text.split("\r\n").find((l) => l.startsWith(t.statusOnly.name))!;
    // Status only: no CEU figures in the earned/required/remaining columns.
    expect(samLine.split(",").slice(11, 14)).toEqual(["", "", ""]);
  });
});
