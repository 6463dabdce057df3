import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieJar, signInOverHttp, startServer, type RunningServer } from "../helpers/server";
import { freshServerEnv } from "../helpers/server-env";

// What the served app tells browsers (headers, cookies), what it refuses from other sites, and how it holds up
// against password guessing and account farming. On PGlite, or a fresh PostgreSQL database when DATABASE_URL is set.

let server: RunningServer;
let cleanup = async () => {};

beforeAll(async () => {
  let env: Record<string, string | undefined>;
  ({ env, cleanup } = await freshServerEnv("http-sec"));
  server = await startServer(env);
});

afterAll(async () => {
  await server?.stop();
  await cleanup();
});

const PASSWORD = "a long enough password";
async function signUp(email: string, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/api/v1/signup`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ email, password: PASSWORD, name: "Security Tester" }),
  });
}

describe("headers", () => {
  it("pages carry a nonce-based CSP that their own scripts satisfy, and the usual hardening", async () => {
    const res = await fetch(`${server.url}/ladder`);
    const csp = res.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    // A fresh nonce each time.
    const again = (await fetch(`${server.url}/ladder`)).headers.get("content-security-policy");
    expect(again).not.toBe(csp);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  it("a nonce or policy sent by the client is never the one a page uses", async () => {
    const forged = { "x-nonce": "forgednonce", "content-security-policy": "script-src 'nonce-forgednonce'" };
    for (const headers of [forged, { ...forged, rsc: "1" }]) {
      const page = await fetch(`${server.url}/ladder`, { headers });
      expect(page.status).toBe(200);
      expect(page.headers.get("content-security-policy")).toMatch(/'nonce-[A-Za-z0-9+/=]{24}'/);
      expect(page.headers.get("content-security-policy")).not.toContain("forgednonce");
      expect(await page.text()).not.toContain("forgednonce");
    }
  });

  it("API answers are data: nothing runs in them or frames them", async () => {
    const res = await fetch(`${server.url}/api/v1/roles`);
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("sessions and cross-site requests", () => {
  it("the session cookie is HttpOnly, SameSite=Lax and scoped to the site", async () => {
    expect((await signUp("cookie.check@example.org")).status).toBe(201);
    const jar = new CookieJar();
    const res = await signInOverHttp(server.url, jar, "cookie.check@example.org", PASSWORD);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
  });

  it("refuses a mutation sent from another site, and changes nothing", async () => {
    const jar = new CookieJar();
    await signInOverHttp(server.url, jar, "cookie.check@example.org", PASSWORD);
    const evil = { cookie: jar.header(), origin: "https://evil.example", "content-type": "application/json" };
    const post = await fetch(`${server.url}/api/v1/me/ceus`, {
      method: "POST",
      headers: evil,
      body: JSON.stringify({ date: "2025-01-02", title: "Forged", ceus: 1 }),
    });
    expect(post.status).toBe(403);
    const del = await fetch(`${server.url}/api/v1/me`, {
      method: "DELETE",
      headers: evil,
      body: JSON.stringify({ password: PASSWORD }),
    });
    expect(del.status).toBe(403);
    const list = await fetch(`${server.url}/api/v1/me/ceus`, { headers: { cookie: jar.header() } });
    expect(((await list.json()) as { entries: unknown[] }).entries).toHaveLength(0);
    // next-auth's own forms need its CSRF token: a sign-in post without one makes no session.
    const noToken = await fetch(`${server.url}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: "cookie.check@example.org", password: PASSWORD }),
    });
    expect(noToken.headers.getSetCookie().some((c) => c.startsWith("next-auth.session-token="))).toBe(false);
  });
});

describe("rate limits", () => {
  it("after 10 failed sign-ins: 429 with Retry-After, even to the right password; others unaffected", async () => {
    expect((await signUp("guess.me@example.org")).status).toBe(201);
    expect((await signUp("bystander@example.org")).status).toBe(201);
    for (let i = 0; i < 10; i++) {
      const res = await signInOverHttp(server.url, new CookieJar(), "guess.me@example.org", `wrong password ${i}`);
      expect(res.status, `attempt ${i + 1}`).not.toBe(429);
    }
    const jar = new CookieJar();
    const locked = await signInOverHttp(server.url, jar, "guess.me@example.org", PASSWORD);
    expect(locked.status).toBe(429);
    const wait = Number(locked.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(800);
    expect(wait).toBeLessThanOrEqual(900);
    expect(((await locked.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
    expect(jar.has("next-auth.session-token")).toBe(false);
    // Letter case does not make a new account key.
    expect((await signInOverHttp(server.url, new CookieJar(), "GUESS.ME@example.org", PASSWORD)).status).toBe(429);

    const other = new CookieJar();
    await signInOverHttp(server.url, other, "bystander@example.org", PASSWORD);
    expect(other.has("next-auth.session-token")).toBe(true);
  });

  it("counts what next-auth checks: JSON, repeated fields, encoded paths cannot dodge the limit", async () => {
    expect((await signUp("dodger@example.org")).status).toBe(201);
    const csrf = async () => {
      const jar = new CookieJar();
      const res = await fetch(`${server.url}/api/auth/csrf`);
      jar.store(res);
      return { jar, token: ((await res.json()) as { csrfToken: string }).csrfToken };
    };
    const attempt = async (kind: "json" | "repeated" | "encoded", password: string) => {
      const { jar, token } = await csrf();
      const path = kind === "encoded" ? "/api/auth/callback/%63redentials" : "/api/auth/callback/credentials";
      const body =
        kind === "json"
          ? JSON.stringify({ csrfToken: token, email: "dodger@example.org", password })
          : kind === "repeated"
            ? `csrfToken=${token}&email=decoy-${Math.random()}@example.org&email=dodger%40example.org` +
              `&password=${encodeURIComponent(password)}`
            : new URLSearchParams({ csrfToken: token, email: "dodger@example.org", password }).toString();
      const type = kind === "json" ? "application/json" : "application/x-www-form-urlencoded";
      return fetch(`${server.url}${path}`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": type, cookie: jar.header() },
        body,
      });
    };
    const kinds = ["json", "repeated", "encoded"] as const;
    for (let i = 0; i < 10; i++) expect((await attempt(kinds[i % 3]!, `wrong ${i}`)).status).not.toBe(429);
    for (const kind of kinds) expect((await attempt(kind, PASSWORD)).status, kind).toBe(429);
  });

  it("does not count posts without a valid CSRF token: bare requests cannot lock an account", async () => {
    expect((await signUp("locked.out@example.org")).status).toBe(201);
    for (let i = 0; i < 15; i++) {
      await fetch(`${server.url}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken: "forged", email: "locked.out@example.org", password: `guess ${i}` }),
      });
    }
    const jar = new CookieJar();
    await signInOverHttp(server.url, jar, "locked.out@example.org", PASSWORD);
    expect(jar.has("next-auth.session-token")).toBe(true);
  });

  it("limits sign-up attempts from one address to 20 an hour", async () => {
    // Each request says it comes through a proxy from this address; the app keys on the right-most entry.
    const from = { "x-forwarded-for": "198.51.100.23" };
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await signUp(`farm-${i}@example.org`, from)).status);
    expect(statuses).toEqual(Array(20).fill(201));
    const refused = await signUp("farm-21@example.org", from);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(3000);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/Too many new accounts/);
    // Nothing was created for the refused ones.
    const jar = new CookieJar();
    await signInOverHttp(server.url, jar, "farm-21@example.org", PASSWORD);
    expect(jar.has("next-auth.session-token")).toBe(false);
  });

  it("refuses bodies over the size limit before reading them", async () => {
    const big = JSON.stringify({ email: "big@example.org", password: PASSWORD, name: "x".repeat(200_000) });
    const res = await fetch(`${server.url}/api/v1/signup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: big,
    });
    expect(res.status).toBe(413);
  });
});
