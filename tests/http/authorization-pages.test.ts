import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomId } from "../setup/engine";
import { CookieJar, signInOverHttp, startServer, type RunningServer } from "../helpers/server";
import { freshServerEnv } from "../helpers/server-env";
import { PLAN_REQUEST } from "../fixtures/plan-request";

// The authorization matrix for pages (and next-auth's endpoints, which only run inside Next's request scope), over
// HTTP against the built server: every page is discovered from app/, requested as nobody, as a second user, and as
// the owner. The owner's records carry a secret string that no page may show anyone else. API routes and server
// actions have their matrix in tests/api/authorization-routes.test.ts and authorization-actions.test.ts.

type PageRow = {
  access: "public" | "signed-in" | "owner-id";
  url: (o: Owner) => string;
  /** The owner's page shows their secret (so the leak search is known to see this page's data). */
  reveals?: boolean;
  /** What a signed-in person gets, when not the page (sign-in and sign-up send them on to the dashboard). */
  signedInStatus?: number;
};
type Owner = {
  secret: string;
  email: string;
  planIds: string[];
  jar: CookieJar;
  sharePath: string;
  teamId: string;
  memberId: string;
};

const PAGES: Record<string, PageRow> = {
  "/": { access: "public", url: () => "/" },
  "/ladder": { access: "public", url: () => "/ladder" },
  "/credentials": { access: "public", url: () => "/credentials" },
  "/credentials/[code]": { access: "public", url: () => "/credentials/CPC" },
  "/pay": { access: "public", url: () => "/pay" },
  "/plan": { access: "public", url: () => "/plan" },
  "/signin": { access: "public", url: () => "/signin", signedInStatus: 307 },
  "/signup": { access: "public", url: () => "/signup", signedInStatus: 307 },
  "/signout": { access: "public", url: () => "/signout" },
  "/account-deleted": { access: "public", url: () => "/account-deleted" },
  // Emailed links: a token nobody was sent changes nothing and says what to do instead.
  "/forgot-password": { access: "public", url: () => "/forgot-password" },
  "/reset-password": { access: "public", url: () => "/reset-password?token=not-a-token-000000000000" },
  "/verify-email": { access: "public", url: () => "/verify-email?token=not-a-token-000000000000" },
  "/confirm-email": { access: "public", url: () => "/confirm-email?token=not-a-token-000000000000" },
  // Without a token it says the link is incomplete; with one it names the address masked and changes nothing.
  "/unsubscribe": { access: "public", url: () => "/unsubscribe?token=not-the-token-00000000" },
  "/notifications": { access: "signed-in", url: () => "/notifications" },
  "/dashboard": { access: "signed-in", url: () => "/dashboard", reveals: true },
  "/profile": { access: "signed-in", url: () => "/profile", reveals: true },
  "/plans": { access: "signed-in", url: () => "/plans", reveals: true },
  "/plans/compare": {
    access: "signed-in",
    url: (o) => `/plans/compare?ids=${o.planIds[0]}&ids=${o.planIds[1]}`,
    reveals: true,
  },
  "/my-credentials": { access: "signed-in", url: () => "/my-credentials", reveals: true },
  "/my-credentials/[code]": { access: "signed-in", url: () => "/my-credentials/CPC", reveals: true },
  "/ceus": { access: "signed-in", url: () => "/ceus", reveals: true },
  "/ceus/import": { access: "signed-in", url: () => "/ceus/import" },
  "/what-if": { access: "signed-in", url: () => "/what-if?add=CPMA&years=3" },
  "/plans/[id]": { access: "owner-id", url: (o) => `/plans/${o.planIds[0]}`, reveals: true },
  // The share link is the key; the page shows the path and the projection, nothing of the account (the plan's name
  // holds the owner's secret, so showing it would fail here).
  "/shared/plans/[token]": { access: "public", url: (o) => o.sharePath },
  // Teams: the owner's team (sharing status with itself) and its member page; an invitation nobody was sent.
  "/teams": { access: "signed-in", url: () => "/teams" },
  "/teams/[id]": { access: "owner-id", url: (o) => `/teams/${o.teamId}`, reveals: true },
  "/teams/[id]/members/[memberId]": {
    access: "owner-id",
    url: (o) => `/teams/${o.teamId}/members/${o.memberId}`,
    reveals: true,
  },
  "/invites/[token]": { access: "public", url: () => "/invites/not-a-token-000000000000" },
};

function pagePatterns(dir: string, base = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (!statSync(full).isDirectory()) return name === "page.tsx" ? [base || "/"] : [];
    return name === "api" ? [] : pagePatterns(full, `${base}/${name}`);
  });
}

let server: RunningServer;
let cleanup = async () => {};
let owner: Owner;
let intruder: { email: string; jar: CookieJar };
const PASSWORD = "a long enough password";

async function api(jar: CookieJar, method: string, url: string, body?: unknown) {
  const res = await fetch(`${server.url}${url}`, {
    method,
    headers: { cookie: jar.header(), "content-type": "application/json", origin: server.url },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.status, `${method} ${url}`).toBeLessThan(300);
  return res.json() as Promise<Record<string, { id: string }>>;
}

async function person(email: string): Promise<CookieJar> {
  const res = await fetch(`${server.url}/api/v1/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD, name: "Matrix Person" }),
  });
  expect(res.status).toBe(201);
  const jar = new CookieJar();
  await signInOverHttp(server.url, jar, email, PASSWORD);
  expect(jar.has("next-auth.session-token")).toBe(true);
  return jar;
}

beforeAll(async () => {
  let env: Record<string, string | undefined>;
  ({ env, cleanup } = await freshServerEnv("http-authz"));
  server = await startServer(env);

  const secret = `secret${randomId()}${randomId()}`;
  const email = "matrix.owner@example.org";
  const jar = await person(email);
  await api(jar, "PATCH", "/api/v1/me/profile", { name: `Owner ${secret}`, region: `Region ${secret}` });
  await api(jar, "POST", "/api/v1/me/credentials", { code: "CPC", earnedOn: "2024-03-01", certificateNumber: secret });
  await api(jar, "POST", "/api/v1/me/ceus", { date: "2025-04-01", title: `Course ${secret}`, ceus: 2 });
  const request = PLAN_REQUEST;
  const planIds: string[] = [];
  for (const n of [1, 2])
    planIds.push((await api(jar, "POST", "/api/v1/plans", { name: `Plan ${n} ${secret}`, request })).plan!.id);
  const { url: shareUrl } = (await api(jar, "POST", `/api/v1/plans/${planIds[0]}/share`, {})) as unknown as {
    url: string;
  };
  const teamId = (await api(jar, "POST", "/api/v1/teams", { name: `Team ${secret}` })).id as unknown as string;
  await api(jar, "PATCH", `/api/v1/teams/${teamId}/me`, { share: ["status"] });
  const roster = (await api(jar, "GET", `/api/v1/teams/${teamId}/roster`)) as unknown as {
    members: { memberId: string }[];
  };
  const sharePath = new URL(shareUrl).pathname;
  owner = { secret, email, planIds, jar, sharePath, teamId, memberId: roster.members[0]!.memberId };
  intruder = { email: "matrix.intruder@example.org", jar: await person("matrix.intruder@example.org") };
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await cleanup();
});

const get = (url: string, jar?: CookieJar) =>
  fetch(`${server.url}${url}`, { redirect: "manual", headers: jar ? { cookie: jar.header() } : {} });

describe("the authorization matrix: pages", () => {
  it("covers every page the app serves, and only those", () => {
    expect(pagePatterns(path.join(process.cwd(), "app")).sort()).toEqual(Object.keys(PAGES).sort());
  });

  for (const [pattern, row] of Object.entries(PAGES)) {
    it(`${pattern} (${row.access})`, async () => {
      const url = row.url(owner);
      const anon = await get(url);
      const anonText = await anon.text();
      const other = await get(url, intruder.jar);
      const otherText = await other.text();
      const mine = await get(url, owner.jar);
      const mineText = await mine.text();

      if (row.access === "public") expect(anon.status).toBe(200);
      else {
        expect(anon.status, "signed out: sent to sign in").toBe(307);
        expect(anon.headers.get("location")).toMatch(/^\/signin\?callbackUrl=/);
      }
      if (row.access === "owner-id") expect(other.status, "another user's record").toBe(404);
      expect(other.status).toBeLessThan(500);
      expect(anonText.includes(owner.secret), "leaked to an anonymous visitor").toBe(false);
      expect(otherText.includes(owner.secret), "leaked to another user").toBe(false);
      expect(mine.status).toBe(row.signedInStatus ?? 200);
      if (row.reveals) expect(mineText.includes(owner.secret), "the owner sees their own data").toBe(true);
    });
  }
});

describe("next-auth's endpoints, as nobody, as another user and as the owner", () => {
  it('"GET /api/auth/[...nextauth]": the session names only the caller', async () => {
    const session = async (jar?: CookieJar) =>
      (await (await get("/api/auth/session", jar)).json()) as { user?: { email?: string } };
    expect(await session()).toEqual({});
    expect((await session(intruder.jar)).user?.email).toBe(intruder.email);
    expect((await session(owner.jar)).user?.email).toBe(owner.email);
    const providers = await (await get("/api/auth/providers")).text();
    expect(providers.includes(owner.secret)).toBe(false);
  });

  it('"POST /api/auth/[...nextauth]": a wrong password makes no session; the right one does', async () => {
    const wrong = new CookieJar();
    await signInOverHttp(server.url, wrong, owner.email, "not the password");
    expect(wrong.has("next-auth.session-token")).toBe(false);
    const right = new CookieJar();
    await signInOverHttp(server.url, right, owner.email, PASSWORD);
    expect(right.has("next-auth.session-token")).toBe(true);
    // Signing out through next-auth ends the session cookie.
    const csrf = (await (await get("/api/auth/csrf", right)).json()) as { csrfToken: string };
    const out = await fetch(`${server.url}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: right.header(), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: csrf.csrfToken }),
    });
    right.store(out);
    expect(right.has("next-auth.session-token")).toBe(false);
  });
});
