import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, signUpInBrowser } from "../helpers/browser";
import { startServer, type RunningServer } from "../helpers/server";

let dataDir: string;
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "him-e2e-"));
  server = await startServer({
    PGLITE_DIR: path.join(dataDir, "pglite"),
    DATABASE_URL: undefined,
    NEXTAUTH_SECRET: undefined,
  });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe("the ladder graph", () => {
  it("shows every seeded role, and its list twin holds the same roles and moves", async () => {
    const api = (await (await fetch(`${server.url}/api/v1/roles`)).json()) as {
      roles: { slug: string; movesOut: unknown[] }[];
    };
    await page.goto(`${server.url}/ladder`);
    await page.waitForSelector(".react-flow__node");
    const graphRoles = await page
      .locator(".react-flow__node")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-id")).sort());
    const listRoles = await page.locator("article[id]").evaluateAll((els) => els.map((e) => e.id).sort());
    expect(graphRoles).toEqual(api.roles.map((r) => r.slug).sort());
    expect(listRoles).toEqual(graphRoles);
    const graphMoves = await page.locator(".react-flow__edge").count();
    const listMoves = await page.locator("article[id] li.rounded-md").count();
    expect(graphMoves).toBe(api.roles.reduce((n, r) => n + r.movesOut.length, 0));
    expect(listMoves).toBe(graphMoves);
  });

  it("works with the keyboard alone: Tab reaches every role, Enter shows its moves", async () => {
    await page.goto(`${server.url}/ladder`);
    await page.waitForSelector(".react-flow__node");
    await page.locator("#ladder-graph-help").click(); // start just before the graph
    const reached = new Set<string>();
    for (let i = 0; i < 60 && reached.size < 16; i++) {
      await page.keyboard.press("Tab");
      const id = await page.evaluate(() => document.activeElement?.getAttribute("data-id"));
      if (id) reached.add(id);
    }
    expect(reached.size).toBe(16);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("[aria-live=polite]").first().innerText()).toMatch(/\(level \d\)/);
  });
});

describe("the planner", () => {
  it("plans, saves and tracks a path, with the keyboard alone after sign-up", async () => {
    await signUpInBrowser(page, server.url, "E2E Planner", "e2e-planner@example.org");

    await page.goto(`${server.url}/plan`);
    await page.getByLabel("Where you are now").selectOption("roi-specialist");
    await page.getByLabel("Where you want to be").selectOption("him-director");
    await page.getByRole("button", { name: "Plan my paths" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector("text=paths to Director of Health Information");
    const timeline = await page.locator("ol").first().innerText();
    expect(timeline.indexOf("Bachelor's degree")).toBeGreaterThan(-1);
    expect(timeline.indexOf("Bachelor's degree")).toBeLessThan(
      timeline.indexOf("Registered Health Information Administrator"),
    );

    await page.getByLabel("Plan name").fill("Director, keyboard");
    await page.getByLabel("Plan name").press("Enter");
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    const first = page.getByLabel(/Done: Release of Information Specialist/);
    await first.focus();
    // The box ticks at once (optimistically); reload only once the server action has answered, or the reload
    // cancels the save it is meant to check.
    const saved = page.waitForResponse(
      (r) => r.request().method() === "POST" && !!r.request().headers()["next-action"],
    );
    await page.keyboard.press("Space");
    await expect.poll(() => page.getByRole("progressbar").first().getAttribute("aria-valuenow")).not.toBe("0");
    await saved;
    await page.reload();
    expect(await page.getByLabel(/Done: Release of Information Specialist/).isChecked()).toBe(true);
  });
});
