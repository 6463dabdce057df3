import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieJar, signInOverHttp, startServer, type RunningServer } from "../helpers/server";

// The embedded database must not lose what it acknowledged. The server is killed with SIGKILL (no shutdown code
// runs) while CEU writes are in flight; started again on the same folder, it opens, and every write that was
// answered 201 is there. Then SIGTERM closes it cleanly and it opens once more. Always PGlite: that is the engine
// whose files the app itself writes.

let dataDir: string;
let env: Record<string, string | undefined>;
let server: RunningServer | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "him-http-durable-"));
  env = { PGLITE_DIR: path.join(dataDir, "pglite"), DATABASE_URL: undefined, NEXTAUTH_SECRET: undefined };
});

afterAll(async () => {
  await server?.stop("SIGKILL");
  await rm(dataDir, { recursive: true, force: true });
});

const EMAIL = "durable@example.org";
const PASSWORD = "a long enough password";

async function session(base: string) {
  const jar = new CookieJar();
  await signInOverHttp(base, jar, EMAIL, PASSWORD);
  expect(jar.has("next-auth.session-token")).toBe(true);
  return jar.header();
}

async function listTitles(base: string, cookie: string): Promise<Set<string>> {
  const res = await fetch(`${base}/api/v1/me/ceus`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return new Set(((await res.json()) as { entries: { title: string }[] }).entries.map((e) => e.title));
}

describe("PGlite durability", () => {
  it("keeps every acknowledged write through a SIGKILL, and closes cleanly on SIGTERM", async () => {
    server = await startServer(env);
    const first = server;
    const signup = await fetch(`${first.url}/api/v1/signup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD, name: "Durable" }),
    });
    expect(signup.status).toBe(201);
    const cookie = await session(first.url);

    // Four writers, each posting entries one after another until the server dies under them.
    const acknowledged: string[] = [];
    const unexpected: string[] = [];
    let stop = false;
    let killing = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const title = `writer ${w} entry ${i}`;
        let res: Response;
        try {
          res = await fetch(`${first.url}/api/v1/me/ceus`, {
            method: "POST",
            headers: { cookie, "content-type": "application/json" },
            body: JSON.stringify({ date: "2025-03-01", title, ceus: 1 }),
          });
        } catch (err) {
          // Expected only once the test has killed the server; before that, a failure is the server's own.
          if (!killing) unexpected.push(`${title}: ${String(err)}`);
          return;
        }
        if (res.status === 201) acknowledged.push(title);
        else if (!stop) return void unexpected.push(`${title}: ${res.status}`);
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    const deadline = Date.now() + 60_000;
    while (acknowledged.length < 40 && unexpected.length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    expect(unexpected).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);
    killing = true;
    await first.stop("SIGKILL");
    stop = true;
    await Promise.all(writers);

    server = await startServer(env);
    const titles = await listTitles(server.url, await session(server.url));
    const missing = acknowledged.filter((t) => !titles.has(t));
    expect(missing, `${missing.length} of ${acknowledged.length} acknowledged writes lost`).toEqual([]);

    // SIGTERM: the app closes PGlite itself and exits 0; the next start opens the folder without complaint.
    expect(await server.stop("SIGTERM")).toBe(0);
    expect(server.output()).toContain("SIGTERM: closing the database");
    server = await startServer(env);
    expect((await listTitles(server.url, await session(server.url))).size).toBe(titles.size);
    expect(await server.stop("SIGTERM")).toBe(0);
    server = undefined;
  });
});
