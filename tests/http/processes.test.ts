import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieJar, signInOverHttp, startServer, type RunningServer } from "../helpers/server";
import { adminQuery, randomId, withDatabase } from "../setup/engine";

// More than one server process on one PostgreSQL database: two instances on their own ports (several machines
// behind a load balancer, shrunk onto one), and `npm start` with WEB_CONCURRENCY=2 (Node's cluster on one port).
// Sessions, rate limits, the compliance cache, migrations and the reminders timer must hold across them. Always on
// the PostgreSQL server (PGHOST/PGPORT/PGUSER, default postgres@127.0.0.1:5432): PGlite allows one process.

const ADMIN_URL =
  process.env.DATABASE_URL ||
  `postgresql://${process.env.PGUSER ?? "postgres"}@${process.env.PGHOST ?? "127.0.0.1"}:` +
    `${process.env.PGPORT ?? "5432"}/postgres`;
const PASSWORD = "a long enough password";
const TODAY = new Date().toISOString().slice(0, 10);

const databases: string[] = [];
async function freshDatabase(): Promise<string> {
  const name = `him_test_http_${randomId()}`;
  await adminQuery(ADMIN_URL, `CREATE DATABASE "${name}"`);
  databases.push(name);
  return withDatabase(ADMIN_URL, name);
}
const serverEnv = async () => ({
  DATABASE_URL: await freshDatabase(),
  NEXTAUTH_SECRET: randomBytes(48).toString("base64url"),
  PGLITE_DIR: undefined,
  MAIL_DIR: `/tmp/him-processes-mail-${randomId()}`,
});

type Answer = { status: number; text: string };
/** One request on a connection of its own, so a cluster hands successive requests to successive processes. */
function send(base: string, method: string, path: string, cookie: string, body?: unknown): Promise<Answer> {
  const url = new URL(path, base);
  const data = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method,
        agent: false,
        headers: { cookie, connection: "close", ...(data ? { "content-type": "application/json" } : {}) },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (d) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.end(data);
  });
}

async function signUpAndIn(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD, name: "Process Tester" }),
  });
  expect(res.status).toBe(201);
  const jar = new CookieJar();
  await signInOverHttp(base, jar, email, PASSWORD);
  expect(jar.has("next-auth.session-token")).toBe(true);
  return jar.header();
}

async function logCeu(base: string, cookie: string, title: string): Promise<string> {
  const res = await send(base, "POST", "/api/v1/me/ceus", cookie, { date: TODAY, title, ceus: 1 });
  expect(res.status, res.text).toBe(201);
  return (JSON.parse(res.text) as { entry: { id: string } }).entry.id;
}

afterAll(async () => {
  for (const name of databases) await adminQuery(ADMIN_URL, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe("two instances on one PostgreSQL database", () => {
  let a: RunningServer;
  let b: RunningServer;
  beforeAll(async () => {
    const env = { ...(await serverEnv()), REMINDERS_INTERVAL_MINUTES: "0" };
    a = await startServer(env);
    // B migrates through a connection of its own, as behind a pooler in transaction mode (nothing left to apply).
    b = await startServer({ ...env, DIRECT_DATABASE_URL: env.DATABASE_URL });
  }, 300_000);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
  });

  it("a write through one is in the very next answer from the other, both ways, every time", async () => {
    const cookie = await signUpAndIn(a.url, `two-${randomId()}@example.org`);
    const held = await send(a.url, "POST", "/api/v1/me/credentials", cookie, { code: "CPC", earnedOn: "2024-03-01" });
    expect(held.status, held.text).toBe(201);
    // The session is honoured by the process that did not issue it, and it already sees the credential.
    const first = await send(b.url, "GET", "/api/v1/me/compliance", cookie);
    expect(first.status).toBe(200);
    expect(first.text).toContain('"CPC"');
    for (let i = 0; i < 10; i++) {
      const [writer, reader] = i % 2 ? [b, a] : [a, b];
      // The reader keeps its answer between the writes; the next read after a write must not be that answer.
      await send(reader.url, "GET", "/api/v1/me/compliance", cookie);
      const id = await logCeu(writer.url, cookie, `Cross-process ${i}`);
      const read = await send(reader.url, "GET", "/api/v1/me/compliance", cookie);
      expect(read.text, `round ${i}`).toContain(`"${id}"`);
    }
    const last = await logCeu(a.url, cookie, "Deleted through A");
    expect((await send(b.url, "GET", "/api/v1/me/compliance", cookie)).text).toContain(`"${last}"`);
    expect((await send(a.url, "DELETE", `/api/v1/me/ceus/${last}`, cookie)).status).toBe(204);
    expect((await send(b.url, "GET", "/api/v1/me/compliance", cookie)).text).not.toContain(`"${last}"`);
    // The dashboard (rendered from the kept answer) follows too.
    expect((await send(b.url, "GET", "/dashboard", cookie)).text).not.toContain("RHIT");
    await send(a.url, "POST", "/api/v1/me/credentials", cookie, { code: "RHIT", earnedOn: "2024-05-01" });
    expect((await send(b.url, "GET", "/dashboard", cookie)).text).toContain("RHIT");
  });

  it("signing out everywhere through one ends the session in the other", async () => {
    const cookie = await signUpAndIn(a.url, `out-${randomId()}@example.org`);
    expect((await send(b.url, "GET", "/api/v1/me/profile", cookie)).status).toBe(200);
    expect((await send(a.url, "DELETE", "/api/v1/me/sessions", cookie)).status).toBe(204);
    expect((await send(b.url, "GET", "/api/v1/me/profile", cookie)).status).toBe(401);
  });

  it("failed sign-ins through either count together toward the one limit", async () => {
    const email = `guess-${randomId()}@example.org`;
    await signUpAndIn(a.url, email);
    for (let i = 0; i < 10; i++) {
      const res = await signInOverHttp(i % 2 ? b.url : a.url, new CookieJar(), email, `wrong password ${i}`);
      expect(res.status, `attempt ${i + 1}`).not.toBe(429);
    }
    expect((await signInOverHttp(b.url, new CookieJar(), email, PASSWORD)).status).toBe(429);
    expect((await signInOverHttp(a.url, new CookieJar(), email, PASSWORD)).status).toBe(429);
  });
});

describe("DIRECT_DATABASE_URL", () => {
  it("is the connection the start-up migration uses: one that cannot connect stops the server, saying so", async () => {
    // The database is the same one; only the migration's own connection points at a database that does not exist.
    const env = await serverEnv();
    const missing = `him_no_such_db_${randomId()}`;
    await expect(startServer({ ...env, DIRECT_DATABASE_URL: withDatabase(ADMIN_URL, missing) })).rejects.toThrow(
      new RegExp(`migration through DIRECT_DATABASE_URL failed: .*${missing}`),
    );
  }, 120_000);
});

describe("npm start with WEB_CONCURRENCY", () => {
  const start = (env: Record<string, string>) =>
    spawnSync(process.execPath, ["scripts/start.mjs"], {
      cwd: process.cwd(),
      env: { ...process.env, SKIP_BUILD: "1", ...env },
      encoding: "utf8",
      timeout: 30_000,
    });

  it("refuses more than one process on the embedded PGlite, and a value that is not a count, saying why", () => {
    const pglite = start({ WEB_CONCURRENCY: "2", DATABASE_URL: "" });
    expect(pglite.status).toBe(1);
    expect(pglite.stderr).toMatch(/WEB_CONCURRENCY=2 needs a PostgreSQL server \(DATABASE_URL\)/);
    expect(pglite.stderr).toMatch(/PGlite database, which only one process may open/);
    const bad = start({ WEB_CONCURRENCY: "lots", DATABASE_URL: ADMIN_URL });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/WEB_CONCURRENCY must be a whole number from 1 to 64, not "lots"/);
  });

  it("two processes: one migrates and seeds, one runs the timer, both serve, and a dead one is replaced", async () => {
    const server = await startServer({ ...(await serverEnv()), WEB_CONCURRENCY: "2" });
    try {
      const log = server.output();
      expect(log.match(/\[db\] postgres .*applied \d+ migration\(s\), seed data written/g)).toHaveLength(1);
      expect(log.match(/\[db\] postgres .*schema up to date, seed data unchanged/g)).toHaveLength(1);
      expect(log.match(/\[reminders\] process 2 leaves the server's timer to process 1/g)).toHaveLength(1);
      const workers = () =>
        execFileSync("ps", ["-o", "pid=", "--ppid", String(server.pid)], { encoding: "utf8" })
          .split("\n")
          .map((l) => Number(l.trim()))
          .filter((n) => n > 0);
      const before = workers();
      expect(before).toHaveLength(2);

      // Successive connections go to alternate processes: every read follows the write before it.
      const cookie = await signUpAndIn(server.url, `cluster-${randomId()}@example.org`);
      await send(server.url, "POST", "/api/v1/me/credentials", cookie, { code: "CPC", earnedOn: "2024-03-01" });
      for (let i = 0; i < 10; i++) {
        const id = await logCeu(server.url, cookie, `Cluster ${i}`);
        expect((await send(server.url, "GET", "/api/v1/me/compliance", cookie)).text, `round ${i}`).toContain(id);
      }

      process.kill(before[0]!, "SIGKILL");
      const replaced = /\[start\] process \d \(pid \d+\) exited \(signal SIGKILL\); starting another/;
      const deadline = Date.now() + 60_000;
      while (!replaced.test(server.output()) || workers().length < 2) {
        if (Date.now() > deadline) throw new Error(`no replacement process:\n${server.output()}`);
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(workers().filter((pid) => !before.includes(pid))).toHaveLength(1);
      // Served throughout: by the survivor while the replacement starts, then by both.
      for (let i = 0; i < 6; i++)
        expect((await send(server.url, "GET", "/api/v1/me/profile", cookie)).status).toBe(200);
    } finally {
      expect(await server.stop("SIGTERM")).toBe(0);
    }
  }, 300_000);
});
