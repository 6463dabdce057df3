import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMonths, todayIso } from "@/lib/dates";
import type { WhatIfAnswer } from "@/lib/salary/what-if";
import { launchBrowser, signUpInBrowser } from "../helpers/browser";
import { Driver } from "../helpers/journey";
import { startServer, type RunningServer } from "../helpers/server";

// The what-if page in a browser: a person holding a CPC asks what a CPMA would cost to keep. The page's answer is
// checked against the API's (one engine, two doors) and against the rules by hand: AAPC asks 36 CEUs a cycle for
// one credential and 40 for two, every two years, so 18 a year becomes 20; the exam is $425; the dues are paid
// already. Then the choice changes in place, a bad address shows the form, and a phone shows it all without
// sideways scrolling. axe in both themes on each.

let dataDir: string;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let driver: Driver;
const today = todayIso();
// A year in: the CPC's first two-year cycle ends a year from now, after the CPMA (six months from now) is earned.
const cpcEarned = addMonths(today, -12);
const cpmaOn = addMonths(today, 6);

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "him-e2e-what-if-"));
  server = await startServer({
    PGLITE_DIR: path.join(dataDir, "pglite"),
    DATABASE_URL: undefined,
    NEXTAUTH_SECRET: undefined,
  });
  browser = await launchBrowser();
  context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: "en-US",
    acceptDownloads: true,
  });
  page = await context.newPage();
  driver = new Driver(page, "mouse", server.url);
  await signUpInBrowser(page, server.url, "E2E What If", "e2e-what-if@example.org");
  const res = await page.request.post(`${server.url}/api/v1/me/credentials`, {
    data: { code: "CPC", earnedOn: cpcEarned },
    headers: { origin: server.url },
  });
  expect(res.status()).toBe(201);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const region = (name: string) => page.getByRole("region", { name, exact: true });
const ceuChart = () => region("CEUs a year, before and after");
const costChart = () => region("Costs a year, before and after");
const sentence = () => region("The answer").locator("p").first();

async function drawn(chart: Locator) {
  await chart.locator(".recharts-wrapper").waitFor();
  // The chart measures its box first, then draws.
  await expect.poll(() => chart.locator(".recharts-bar-rectangle").count()).toBeGreaterThan(0);
}

async function tableOf(chart: Locator): Promise<string[][]> {
  const details = chart.locator("details");
  if (!(await details.getAttribute("open"))) await chart.getByText(/Show the table/).click();
  return chart
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
}

const usd = (n: number) => `$${n.toLocaleString("en-US")}`;

describe("what one more credential costs to keep", () => {
  it("answers a link's question with both charts, their table twins and the cycles behind them", async () => {
    await page.goto(`${server.url}/what-if?add=CPMA`);
    expect(await page.locator("h1").innerText()).toBe("What does one more credential cost to keep?");
    expect(await page.getByLabel("Credential to add").inputValue()).toBe("CPMA");
    expect(await page.getByLabel("Earned on").inputValue()).toBe(cpmaOn);
    const api = await page.request.post(`${server.url}/api/v1/what-if`, {
      data: { add: [{ code: "CPMA", on: cpmaOn }], years: 5 },
      headers: { origin: server.url },
    });
    expect(api.status()).toBe(200);
    const answer = (await api.json()) as WhatIfAnswer;

    expect(await sentence().innerText()).toMatch(
      /^Adding CPMA raises the CEUs you need from about 18 to 20 a year and costs \$425 more over 5 years/,
    );
    await drawn(ceuChart());
    await drawn(costChart());

    const ceus = await tableOf(ceuChart());
    expect(ceus).toEqual(
      answer.years.map((y) => [String(y.calendarYear), String(y.before.ceusPerYear), String(y.ceusPerYear)]),
    );
    expect(ceus.map((r) => [r[1], r[2]])).toEqual(Array(5).fill(["18", "20"]));

    const costs = await tableOf(costChart());
    expect(costs).toEqual(
      answer.years.map((y) =>
        [y.calendarYear, y.before.total, y.total, y.costs.exams, y.costs.renewals, y.costs.dues].map((n, i) =>
          i === 0 ? String(n) : usd(n),
        ),
      ),
    );
    const examYear = costs.find((r) => r[0] === cpmaOn.slice(0, 4))!;
    expect(examYear.slice(1)).toEqual(["$190", "$615", "$425", "$0", "$190"]);

    // The AAPC pool: 36 CEUs for the CPC alone, 40 once the CPMA joins it, in the year its cycle ends.
    const due = answer.years.find((y) => y.requirements.length)!;
    expect(due.before.requirements).toEqual([{ body: "AAPC", ceus: 36, cycleEnd: due.requirements[0]!.cycleEnd }]);
    expect(due.requirements[0]!.ceus).toBe(40);
    const line = region("CEUs owed, cycle by cycle").locator("li").first();
    expect(await line.innerText()).toMatch(
      new RegExp(
        `^${due.calendarYear}\\s*AAPC: 40 CEUs by ${due.requirements[0]!.cycleEnd} \\(36 without the change\\)$`,
      ),
    );
    expect(await region("Sources, and what is not counted").innerText()).toMatch(/AAPC yearly membership dues/);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      costChart()
        .getByRole("button", { name: /Download CSV/ })
        .click(),
    ]);
    const lines = (await readFile((await download.path())!, "utf8")).trim().split("\r\n");
    expect(lines[0]).toBe("Year,Before,After,After: exam fees,After: renewal fees,After: dues");
    expect(lines).toHaveLength(6);

    await driver.checkPage("what-if");
    expect(driver.findings).toEqual([]);
  });

  it("changes the years and the credential in place, without a reload or a page error", async () => {
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await driver.fill(page.getByLabel("Years to show"), "3");
    await driver.submit(page.getByRole("button", { name: "Show what it costs" }));
    await page.waitForURL(/years=3/);
    await expect.poll(() => ceuChart().locator("tbody tr").count()).toBe(3);
    expect(await sentence().innerText()).toMatch(/over 3 years/);

    await driver.select(page.getByLabel("Credential to add"), "CRC");
    await driver.check(page.getByRole("checkbox", { name: /^CPC/ }));
    await driver.submit(page.getByRole("button", { name: "Show what it costs" }));
    await page.waitForURL(/add=CRC/);
    expect(new URL(page.url()).searchParams.getAll("remove")).toEqual(["CPC"]);
    await expect.poll(() => sentence().innerText()).toMatch(/^Adding CRC and dropping CPC /);
    await drawn(costChart());
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(await page.getByRole("heading", { name: "Something went wrong" }).count()).toBe(0);
    await driver.checkPage("what-if-changed");
    expect(driver.findings).toEqual([]);
  });

  it("shows a bad address as the form with each field's message, never an error page", async () => {
    const bad = await page.goto(`${server.url}/what-if?add=CPMA&years=11`);
    expect(bad?.status()).toBe(200);
    expect(await page.locator("#years-error").innerText()).toBe("Must be at most 10.");
    expect(await page.getByLabel("Years to show").getAttribute("aria-invalid")).toBe("true");
    await page.goto(`${server.url}/what-if?add=cpc`);
    expect(await page.locator("#add-error").innerText()).toBe("CPC is already held; nothing to add.");
    await page.goto(`${server.url}/what-if?add=CPMA&remove=CRC`);
    expect(await page.locator("#remove-error").innerText()).toMatch(/CRC is not among the credentials held/);
    await driver.checkPage("what-if-errors");
    await page.goto(`${server.url}/what-if`);
    expect(await page.getByText("Nothing chosen yet.").count()).toBe(1);
    expect(driver.findings).toEqual([]);
  });

  it("is linked from a credential's page, from my credentials and from a saved plan's steps", async () => {
    await page.goto(`${server.url}/credentials/CIC`);
    await page.getByRole("link", { name: "What would keeping it cost you?" }).click();
    await page.waitForURL(/\/what-if\?add=CIC$/);
    await expect.poll(() => sentence().innerText()).toMatch(/^Adding CIC /);

    await page.goto(`${server.url}/my-credentials`);
    await page.getByRole("link", { name: "what one more credential would cost to keep" }).click();
    await page.waitForURL(/\/what-if$/);

    const request = {
      currentRole: "outpatient-coder",
      target: "coding-auditor",
      education: "associate",
      yearsExperience: 2,
      credentials: [{ code: "CPC", earnedOn: cpcEarned }],
      objective: "fastest",
      k: 1,
    };
    const res = await page.request.post(`${server.url}/api/v1/plans`, {
      data: { name: "To auditor", request },
      headers: { origin: server.url },
    });
    expect(res.status()).toBe(201);
    await page.goto(`${server.url}/plans/${(await res.json()).plan.id}`);
    const links = page.getByRole("link", { name: /^What it costs to keep / });
    expect(await links.count()).toBeGreaterThan(0);
    const name = await links.first().innerText();
    await links.first().click();
    await page.waitForURL(/\/what-if\?add=[A-Z]/);
    const code = name.replace("What it costs to keep ", "");
    await expect.poll(() => sentence().innerText()).toMatch(new RegExp(`^Adding ${code} `));
  });

  it("fits a 390×844 phone without sideways scrolling, in both themes", async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: "en-US",
      hasTouch: true,
      isMobile: true,
      storageState: await context.storageState(),
    });
    try {
      const d = new Driver(await phone.newPage(), "mobile", server.url);
      await d.page.goto(`${server.url}/what-if?add=CPMA`);
      for (const name of ["CEUs a year, before and after", "Costs a year, before and after"]) {
        const chart = d.page.getByRole("region", { name, exact: true });
        await chart.locator(".recharts-wrapper").waitFor();
        await expect.poll(() => chart.locator(".recharts-bar-rectangle").count()).toBeGreaterThan(0);
        await chart.getByText(/Show the table/).click();
      }
      await d.checkPage("what-if-phone");
      expect(d.findings).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
