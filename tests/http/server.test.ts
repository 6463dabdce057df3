import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieJar, signInOverHttp, startServer, type RunningServer } from "../helpers/server";
import { freshServerEnv } from "../helpers/server-env";

// The acceptance journey of the foundation, over real HTTP against the production build: the same requests curl
// would make. Runs on PGlite in a fresh data folder, or on a fresh PostgreSQL database when DATABASE_URL is set.

let dataDir: string;
let env: Record<string, string | undefined>;
let server: RunningServer;
let cleanup = async () => {};

beforeAll(async () => {
  // No NEXTAUTH_SECRET: the server must make one and keep it in the data folder.
  ({ env, dataDir, cleanup } = await freshServerEnv("http"));
  server = await startServer(env);
});

afterAll(async () => {
  await server?.stop();
  await cleanup();
});

const account = { email: "Curl.User@Example.org", password: "a long enough password", name: "Curl User" };

const signIn = (jar: CookieJar, email: string, password: string) => signInOverHttp(server.url, jar, email, password);

describe("the served app", () => {
  it("shows every seeded role on / and /ladder", async () => {
    const roles = ((await (await fetch(`${server.url}/api/v1/roles`)).json()) as { roles: { title: string }[] }).roles;
    expect(roles).toHaveLength(16);
    const home = await (await fetch(server.url)).text();
    const ladder = await (await fetch(`${server.url}/ladder`)).text();
    const unescape = (s: string) => s.replace(/&amp;/g, "&").replace(/&#x27;/g, "'");
    for (const r of roles) {
      expect(unescape(home)).toContain(r.title);
      expect(unescape(ladder)).toContain(r.title);
    }
  });

  it("signs up, signs in through next-auth's credentials flow, and reads the profile with the cookie", async () => {
    const signup = await fetch(`${server.url}/api/v1/signup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(account),
    });
    expect(signup.status).toBe(201);
    expect(await signup.json()).toMatchObject({ email: "curl.user@example.org" });

    const dup = await fetch(`${server.url}/api/v1/signup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...account, email: "CURL.USER@example.org" }),
    });
    expect(dup.status).toBe(409);

    const jar = new CookieJar();
    const res = await signIn(jar, "curl.user@example.org", account.password);
    expect(res.status).toBe(302);
    expect(jar.has("next-auth.session-token")).toBe(true);

    const profile = await fetch(`${server.url}/api/v1/me/profile`, { headers: { cookie: jar.header() } });
    expect(profile.status).toBe(200);
    expect(((await profile.json()) as { profile: { email: string } }).profile.email).toBe("curl.user@example.org");

    const anonymous = await fetch(`${server.url}/api/v1/me/profile`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("content-type")).toContain("application/json");
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe("unauthorized");

    const dashboard = await fetch(`${server.url}/dashboard`, { headers: { cookie: jar.header() } });
    expect(await dashboard.text()).toContain("Welcome, Curl User");
    const anonDashboard = await fetch(`${server.url}/dashboard`, { redirect: "manual" });
    expect(anonDashboard.status).toBe(307);
    expect(anonDashboard.headers.get("location")).toContain("/signin?callbackUrl=%2Fdashboard");
  });

  it("a second server on a port already taken stops at once, saying so, without touching a database", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "him-port-"));
    const child = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(server.port), "-H", "127.0.0.1"], {
      env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: path.join(dir, "pglite") },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(output).toContain(`cannot serve on port ${server.port}`);
    expect(existsSync(path.join(dir, "pglite"))).toBe(false);
    await rm(dir, { recursive: true, force: true });
  });

  it("gives no session for a wrong password", async () => {
    const jar = new CookieJar();
    await signIn(jar, "curl.user@example.org", "not the password at all");
    expect(jar.has("next-auth.session-token")).toBe(false);
  });

  it("keeps a generated auth secret in the data folder, readable by its owner only", async () => {
    const st = await stat(path.join(dataDir, "auth-secret"));
    expect(st.mode & 0o077).toBe(0);
  });

  it("keeps every row across a restart, with no duplicates, and sessions stay valid", async () => {
    const jar = new CookieJar();
    await signIn(jar, "curl.user@example.org", account.password);
    const before = await (await fetch(`${server.url}/api/v1/credentials`)).json();

    expect(await server.stop("SIGTERM")).toBe(0);
    expect(server.output()).toContain("SIGTERM: closing the database");
    server = await startServer(env);

    const roles = ((await (await fetch(`${server.url}/api/v1/roles`)).json()) as { roles: unknown[] }).roles;
    expect(roles).toHaveLength(16);
    expect(await (await fetch(`${server.url}/api/v1/credentials`)).json()).toEqual(before);
    expect(server.output()).toContain("seed data unchanged");
    const profile = await fetch(`${server.url}/api/v1/me/profile`, { headers: { cookie: jar.header() } });
    expect(profile.status).toBe(200);
  });
});
