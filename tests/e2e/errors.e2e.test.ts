import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminQuery, withDatabase } from "../setup/engine";
import { launchBrowser, signUpInBrowser } from "../helpers/browser";
import { Driver } from "../helpers/journey";
import { startServer, type RunningServer } from "../helpers/server";

// Error pages that help the person on: a 404 with ways back, and — when the database stops answering — a 500 page
// (inside the site's frame, or standing in for it when even the header cannot be drawn) whose "Try again" works
// once the database is back. The outage is real: the app runs on this machine's PostgreSQL server, and the test
// refuses connections to its database, then allows them again.

const ADMIN_URL =
  process.env.E2E_ADMIN_DATABASE_URL ??
  `postgresql://${process.env.PGUSER ?? "postgres"}@${process.env.PGHOST ?? "127.0.0.1"}:` +
    `${process.env.PGPORT ?? "5432"}/postgres`;
const DB = `him_e2e_errors_${Date.now()}_${process.pid}`;

let dir: string;
let server: RunningServer;
let browser: Browser;

const outage = (on: boolean) =>
  on
    ? adminQuery(ADMIN_URL, `ALTER DATABASE "${DB}" WITH ALLOW_CONNECTIONS false`).then(() =>
        adminQuery(
          ADMIN_URL,
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
          [DB],
        ),
      )
    : adminQuery(ADMIN_URL, `ALTER DATABASE "${DB}" WITH ALLOW_CONNECTIONS true`);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "him-e2e-errors-"));
  try {
    await adminQuery(ADMIN_URL, `CREATE DATABASE "${DB}"`);
  } catch (err) {
    throw new Error(`These tests need the PostgreSQL server (${ADMIN_URL}); see the README. ${String(err)}`);
  }
  server = await startServer({
    // PGLITE_DIR only places the generated sign-in secret in the temporary folder; the data is on the server.
    DATABASE_URL: withDatabase(ADMIN_URL, DB),
    PGLITE_DIR: path.join(dir, "unused-pglite"),
    NEXTAUTH_SECRET: undefined,
  });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await adminQuery(ADMIN_URL, `DROP DATABASE IF EXISTS "${DB}" WITH (FORCE)`).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

async function withContext(fn: (ctx: BrowserContext) => Promise<void>) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await fn(ctx);
  } finally {
    await ctx.close();
  }
}

describe("error pages", () => {
  it("a page that does not exist answers 404 with ways back", async () => {
    await withContext(async (ctx) => {
      const page = await ctx.newPage();
      const d = new Driver(page, "mouse", server.url);
      for (const url of ["/no-such-page", "/credentials/NOPE", "/ladder/nowhere"]) {
        const res = await page.goto(`${server.url}${url}`);
        expect(res?.status(), url).toBe(404);
        expect(await page.locator("h1").innerText()).toBe("Page not found");
        expect(await page.locator("main").getByRole("link").count()).toBeGreaterThanOrEqual(3);
      }
      await d.checkPage("not-found");
      expect(d.findings).toEqual([]);
      const api = await fetch(`${server.url}/api/v1/no-such-route`);
      expect(api.status).toBe(404);
    });
  });

  it("when the database stops answering, pages say so and offer a retry that works once it is back", async () => {
    await withContext(async (ctx) => {
      const page = await ctx.newPage();
      // A signed-in person: the header itself needs the database.
      await signUpInBrowser(page, server.url, "Outage Tester", "outage@example.org");

      await outage(true);
      try {
        const res = await page.goto(`${server.url}/dashboard`);
        expect(res?.status()).toBe(500);
        await page.getByRole("heading", { name: "Something went wrong" }).waitFor();
        expect(await page.locator("main").innerText()).toMatch(/Nothing you saved has been lost/);
        const d = new Driver(page, "mouse", server.url);
        await d.checkPage("server-error");
        expect(d.findings).toEqual([]);

        // The API says the same in its own shape, and leaks nothing of the cause.
        const api = await page.request.get(`${server.url}/api/v1/me/ceus`);
        expect(api.status()).toBe(503);
        expect(api.headers()["retry-after"]).toMatch(/^\d+$/);
        const body = await api.json();
        expect(body.error.code).toBe("unavailable");
        expect(JSON.stringify(body)).not.toMatch(/ALLOW_CONNECTIONS|pg_|him_e2e|stack/i);
      } finally {
        await outage(false);
      }
      await page.getByRole("button", { name: "Try again" }).click();
      await page.getByRole("heading", { name: "Welcome, Outage Tester" }).waitFor({ timeout: 30_000 });
    });
  });

  it("signed out, an outage shows the error inside the site's frame, and Try again recovers", async () => {
    await withContext(async (ctx) => {
      const page = await ctx.newPage();
      await outage(true);
      try {
        const res = await page.goto(`${server.url}/ladder`);
        expect(res?.status()).toBe(500);
        await page.getByRole("heading", { name: "Something went wrong" }).waitFor();
        expect(
          await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Career ladder" }).count(),
        ).toBe(1);
      } finally {
        await outage(false);
      }
      await page.getByRole("button", { name: "Try again" }).click();
      await page.getByRole("heading", { name: "The HIM career ladder" }).waitFor({ timeout: 30_000 });
    });
  });
});
