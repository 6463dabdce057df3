import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLAN_REQUEST } from "../fixtures/plan-request";
import { CookieJar, signInOverHttp, startServer, type RunningServer } from "../helpers/server";
import { freshServerEnv } from "../helpers/server-env";

// The README's API-token examples, run as written with bash and curl against the built server: only the two
// placeholder lines (B= and TOKEN=) get real values. Any curl answering 400 or more fails the script.

const run = promisify(execFile);
const PASSWORD = "a long enough password";

function readmeBlock(): string {
  const readme = readFileSync(path.join(process.cwd(), "README.md"), "utf8");
  const match = /<!-- api-token-examples -->\n```bash\n([\s\S]*?)\n```/.exec(readme);
  if (!match) throw new Error("README.md has no <!-- api-token-examples --> bash block");
  return match[1]!;
}

let server: RunningServer;
let cleanup = async () => {};
const jar = new CookieJar();

async function api(method: string, url: string, body?: unknown) {
  const res = await fetch(`${server.url}${url}`, {
    method,
    headers: { cookie: jar.header(), "content-type": "application/json", origin: server.url },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json().catch(() => null)) as Record<string, unknown> };
}

beforeAll(async () => {
  let env: Record<string, string | undefined>;
  ({ env, cleanup } = await freshServerEnv("readme"));
  server = await startServer(env);
  const email = "readme.reader@example.org";
  const signup = await fetch(`${server.url}/api/v1/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD, name: "Readme Reader" }),
  });
  expect(signup.status).toBe(201);
  await signInOverHttp(server.url, jar, email, PASSWORD);
  expect((await api("POST", "/api/v1/plans", { name: "From the README", request: PLAN_REQUEST })).status).toBe(201);
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await cleanup();
});

describe("README: the curl examples with an API token", () => {
  it("work as written", async () => {
    const made = await api("POST", "/api/v1/me/tokens", { name: "README", scope: "read-write", expiresInDays: 7 });
    expect(made.status).toBe(201);
    const token = made.json.token as string;
    const script = readmeBlock()
      .replace(/^B=.*$/m, `B=${server.url}`)
      .replace(/^TOKEN=.*$/m, `TOKEN=${token}`);
    expect(script).toContain(`TOKEN=${token}`);
    // curl fails (exit 22, printing the body) on any answer of 400 or more.
    const prelude = 'set -eo pipefail\ncurl() { command curl --fail-with-body "$@"; echo; }\n';
    const { stdout } = await run("bash", ["-c", prelude + script], { timeout: 60_000 });
    expect(stdout).toContain('"profile"');
    expect(stdout).toContain('"entries"');
    expect(stdout).toContain('"Coding Clinic webinar"');
    expect(stdout).toContain('"items"');
    expect(stdout).toMatch(/"url":"http[^"]+\/shared\/plans\/[A-Za-z0-9_-]{43}"/);
    // What the script did is really there: the entry is logged, and the share link it made was stopped again.
    const entries = await api("GET", "/api/v1/me/ceus");
    expect(JSON.stringify(entries.json)).toContain("Coding Clinic webinar");
    const link = /"url":"([^"]+)"/.exec(stdout)![1]!;
    expect((await fetch(link)).status).toBe(404);
  });

  it("a read token cannot write, and a revoked one is refused, over HTTP", async () => {
    const made = await api("POST", "/api/v1/me/tokens", { name: "read", scope: "read", expiresInDays: 7 });
    const auth = { authorization: `Bearer ${made.json.token as string}` };
    expect((await fetch(`${server.url}/api/v1/me/profile`, { headers: auth })).status).toBe(200);
    const write = await fetch(`${server.url}/api/v1/me/ceus`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ date: "2025-03-14", title: "x", ceus: 1 }),
    });
    expect(write.status).toBe(403);
    const id = (made.json.apiToken as { id: string }).id;
    expect((await api("DELETE", `/api/v1/me/tokens/${id}`)).status).toBe(204);
    expect((await fetch(`${server.url}/api/v1/me/profile`, { headers: auth })).status).toBe(401);
  });

  it("/api/docs renders the description under its own policy, from this origin only", async () => {
    const page = await fetch(`${server.url}/api/docs`);
    expect(page.status).toBe(200);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-eval");
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\/(?!.*localhost)[^"]*\.(js|css)/);
    for (const asset of ["swagger-ui-bundle.js", "swagger-ui.css", "init.js"])
      expect((await fetch(`${server.url}/api/docs/${asset}`)).status, asset).toBe(200);
    expect((await fetch(`${server.url}/api/docs/package.json`)).status).toBe(404);
    const doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as { openapi: string };
    expect(doc.openapi).toMatch(/^3\.1/);
  });
});
