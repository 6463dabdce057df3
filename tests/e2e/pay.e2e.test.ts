import { mkdtemp, readFile, rm } from "node:fs/promises";
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
const planIds: string[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "him-e2e-pay-"));
  server = await startServer({
    PGLITE_DIR: path.join(dataDir, "pglite"),
    DATABASE_URL: undefined,
    NEXTAUTH_SECRET: undefined,
  });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await signUpInBrowser(page, server.url, "E2E Pay", "e2e-pay@example.org");
  const headers = { origin: server.url };
  expect(
    (
      await page.request.patch(`${server.url}/api/v1/me/profile`, { data: { currentSalary: 58_000 }, headers })
    ).status(),
  ).toBe(200);
  for (const [name, target] of [
    ["To HIM manager", "him-manager"],
    ["To CDI", "cdi-specialist"],
  ]) {
    const request = {
      currentRole: "outpatient-coder",
      target,
      education: "associate",
      yearsExperience: 2,
      credentials: [{ code: "CPC", earnedOn: "2024-01-10" }],
      objective: "fastest",
      k: 1,
    };
    const res = await page.request.post(`${server.url}/api/v1/plans`, { data: { name, request }, headers });
    expect(res.status()).toBe(201);
    planIds.push((await res.json()).plan.id);
  }
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

// Each chart is a region named by its heading.
const bandSection = () => page.getByRole("region", { name: "Pay band along the plan" });

describe("a plan's pay projection", () => {
  it("draws the band chart from the projection, with a table twin whose every row names its source", async () => {
    await page.goto(`${server.url}/plans/${planIds[0]}`);
    const section = bandSection();
    await section.locator(".recharts-wrapper").waitFor();
    // The chart measures its box first, then draws.
    await expect.poll(() => section.locator(".recharts-area path").count()).toBeGreaterThan(0);
    expect(await section.locator(".recharts-line-curve").count()).toBe(2);
    expect(await section.locator(".recharts-reference-line").count()).toBeGreaterThan(0);
    await section.getByText(/Show the table/).click();
    const rows = section.locator("tbody tr");
    expect(await rows.count()).toBe(10);
    const sources = await rows.evaluateAll((trs) => trs.map((tr) => tr.lastElementChild?.textContent ?? ""));
    // "publisher, year" (or undated), or an assumption: a bare figure key would not do.
    for (const s of sources) expect(s).toMatch(/, (\d{4}|undated)|assumption/i);
    await expect.poll(() => page.locator("figcaption").nth(1).innerText()).toMatch(/catch up/);
  });

  it("redraws without a reload when an assumption changes; refuses a bad one, changing nothing", async () => {
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    const caption = page.locator("figcaption").first();
    const before = await caption.innerText();
    await page.getByLabel("Yearly raise (%)").fill("0");
    await expect.poll(() => caption.innerText()).not.toBe(before);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(page.url()).toContain("raisePercent=0");
    const settled = await caption.innerText();
    await page.getByLabel("Yearly raise (%)").fill("55");
    await expect.poll(() => page.locator("#proj-raisePercent-error").innerText()).toBe("Must be at most 20%.");
    expect(await caption.innerText()).toBe(settled);
  });

  it("downloads the table as CSV", async () => {
    const section = bandSection();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      section.getByRole("button", { name: /Download CSV/ }).click(),
    ]);
    const text = await readFile((await download.path())!, "utf8");
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toBe(
      "Year,Role,25th percentile,Median,75th percentile,Your expected pay,Exam and renewal costs," +
        '"Figure (source, year)"',
    );
    expect(lines).toHaveLength(11);
  });
});

describe("comparing plans", () => {
  it("puts two saved plans on one chart and redraws both when an assumption changes", async () => {
    await page.goto(`${server.url}/plans`);
    await page.getByLabel("Compare “To HIM manager”").check();
    await page.getByLabel("Compare “To CDI”").check();
    await page.getByRole("button", { name: "Compare selected" }).click();
    await page.waitForURL(/\/plans\/compare\?/);
    const chart = page.getByRole("region", { name: "Expected pay, plan by plan" });
    await chart.locator(".recharts-wrapper").waitFor();
    await expect.poll(() => chart.locator(".recharts-line-curve").count()).toBe(2);
    expect(await chart.locator(".recharts-legend-item").allInnerTexts()).toEqual(
      expect.arrayContaining(["To HIM manager", "To CDI"]),
    );
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 7));
    const caption = chart.locator("figcaption");
    const before = await caption.innerText();
    await page.getByLabel("Your place in each band (percentile, 1–99)").fill("90");
    await expect.poll(() => caption.innerText()).not.toBe(before);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);
  });
});

describe("pay by role", () => {
  it("charts every role that has a figure and lists every figure with its source", async () => {
    await page.goto(`${server.url}/pay`);
    await page.locator(".recharts-wrapper").waitFor();
    const api = (await (await fetch(`${server.url}/api/v1/pay-bands`)).json()) as {
      roles: { bands: { p25: number; p75: number }[] }[];
    };
    const best = api.roles.flatMap((r) => r.bands.slice(0, 1));
    // A median dot for every role with a figure; a bar where a spread is known (a single figure has none).
    await expect.poll(() => page.locator(".recharts-scatter-symbol").count()).toBe(best.length);
    expect(await page.locator(".recharts-bar-rectangle").count()).toBe(best.filter((b) => b.p75 > b.p25).length);
    await page.getByText(/Show the table/).click();
    expect(await page.locator("tbody tr").count()).toBe(api.roles.reduce((n, r) => n + Math.max(1, r.bands.length), 0));
  });
});
