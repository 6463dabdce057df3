import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMonths, todayIso } from "@/lib/dates";
import { launchBrowser, signUpInBrowser } from "../helpers/browser";
import { Driver } from "../helpers/journey";
import { startServer, type RunningServer } from "../helpers/server";

// Teams in a browser: an HIM manager creates a team, defines a position and invites two coders; one shares the
// status of her credentials only, the other his progress and certificates. The manager sees the roster and its
// filters, exports it, opens a member's details (which that member then sees in his access log); the member
// withdraws his share and the manager no longer sees it. axe in both themes on each page, and a 390×844 phone.

let dataDir: string;
let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let olive: Driver;
let teamUrl = "";
const links: string[] = [];
const earned = addMonths(todayIso(), -6);

async function personIn(name: string, email: string): Promise<Driver> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: "en-US",
    acceptDownloads: true,
  });
  contexts.push(context);
  const page = await context.newPage();
  await signUpInBrowser(page, server.url, name, email);
  return new Driver(page, "mouse", server.url);
}
const post = (page: Page, url: string, data: unknown) =>
  page.request.post(`${server.url}${url}`, { data, headers: { origin: server.url } });

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "him-e2e-teams-"));
  server = await startServer({
    PGLITE_DIR: path.join(dataDir, "pglite"),
    DATABASE_URL: undefined,
    NEXTAUTH_SECRET: undefined,
  });
  browser = await launchBrowser();
  olive = await personIn("Olive Manager", "olive@example.org");
}, 240_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const rowOf = (page: Page, name: string) =>
  page.getByRole("region", { name: "Team roster" }).getByRole("row", { name: new RegExp(name) });

describe("a manager's team, with what each member chose to share", () => {
  it("creates a team, defines a position and makes two invitation links", async () => {
    const page = olive.page;
    await page.goto(`${server.url}/teams`);
    await olive.checkPage("teams-empty");
    await olive.fill(page.getByLabel("Team name"), "Inpatient coding");
    await olive.submit(page.getByRole("button", { name: "Create a team" }));
    await page.getByRole("link", { name: "Open it to invite people" }).click();
    await page.waitForURL(/\/teams\/[\w-]+$/);
    teamUrl = page.url();
    expect(await page.locator("h1").innerText()).toBe("Inpatient coding");

    // A bad requirement is refused beside its field, and nothing is added.
    await olive.fill(page.getByLabel("Position name"), "Inpatient coder");
    await olive.fill(page.getByLabel("Credentials it needs"), "CCS or CPC + NOPE");
    await olive.submit(page.getByRole("button", { name: "Add the position" }));
    await expect.poll(() => page.locator("#requires-error").innerText()).toMatch(/NOPE/);
    await olive.fill(page.getByLabel("Credentials it needs"), "CCS or CPC + CIC");
    await olive.submit(page.getByRole("button", { name: "Add the position" }));
    await expect
      .poll(() => page.getByRole("region", { name: "Positions" }).innerText())
      .toMatch(/Inpatient coder: CCS or CPC \+ CIC/);

    for (let i = 0; i < 2; i++) {
      await olive.submit(page.getByRole("button", { name: "Create the invitation" }));
      await expect.poll(() => page.locator("#invite-link").inputValue()).not.toBe(links[i - 1] ?? "");
      links.push(await page.locator("#invite-link").inputValue());
    }
    expect(links[0]).toMatch(/\/invites\/[\w-]{43}$/);
    expect(links[1]).not.toBe(links[0]);
    await olive.checkPage("team-new");
    expect(olive.findings).toEqual([]);
  });

  it("one joins sharing status only, the other progress and certificates", async () => {
    const sam = await personIn("Sam Status", "sam@example.org");
    expect((await post(sam.page, "/api/v1/me/credentials", { code: "CCS", earnedOn: earned })).status()).toBe(201);
    await sam.page.goto(links[0]!);
    await sam.checkPage("invite");
    expect(await sam.page.getByLabel("Status", { exact: true }).isChecked()).toBe(true);
    await sam.submit(sam.page.getByRole("button", { name: "Join the team" }));
    await sam.page
      .getByText(/You (joined the|are in this) team/)
      .first()
      .waitFor();

    const pat = await personIn("Pat Progress", "pat@example.org");
    for (const code of ["CPC", "CIC"])
      expect((await post(pat.page, "/api/v1/me/credentials", { code, earnedOn: earned })).status()).toBe(201);
    const entry = { date: todayIso(), title: "Inpatient coding update", ceus: 4, topics: ["coding"] };
    expect((await post(pat.page, "/api/v1/me/ceus", entry)).status()).toBe(201);
    await pat.page.goto(links[1]!);
    await pat.page.getByLabel("Status", { exact: true }).uncheck();
    await pat.page.getByLabel("Progress", { exact: true }).check();
    await pat.page.getByLabel("Certificates", { exact: true }).check();
    await pat.submit(pat.page.getByRole("button", { name: "Join the team" }));
    await pat.page
      .getByText(/You (joined the|are in this) team/)
      .first()
      .waitFor();
    // The same link, a second time, for someone else: used.
    const stranger = await browser.newPage();
    await stranger.goto(links[1]!);
    expect(await stranger.getByText(/was already used/).count()).toBe(1);
    await stranger.close();
    expect(sam.findings).toEqual([]);
  });

  it("shows the roster with only what each shares; positions, filters and the CSV export", async () => {
    const page = olive.page;
    await page.goto(teamUrl);
    for (const name of ["Sam Status", "Pat Progress"]) {
      await page.getByLabel(`Position of ${name}`).selectOption({ label: "Inpatient coder" });
      await expect.poll(() => rowOf(page, name).innerText()).toMatch(/Covered|Not covered/);
    }
    await page.reload();
    const sam = await rowOf(page, "Sam Status").innerText();
    expect(sam).toMatch(/shares status/);
    expect(sam).toMatch(/CCS/);
    expect(sam).toMatch(/self-reported/);
    expect(sam).not.toMatch(/CEUs/);
    expect(sam).toMatch(/Not shared/); // the education policy column: progress is not shared
    const pat = await rowOf(page, "Pat Progress").innerText();
    expect(pat).toMatch(/shares progress, certificates/);
    expect(pat).toMatch(/4 of \d+ CEUs/);
    expect(pat).toMatch(/Covered/);

    await page.getByLabel("Not covered").check();
    await olive.submit(page.getByRole("button", { name: "Apply" }));
    await page.waitForURL(/notCovered=1/);
    expect(await page.getByText("No one matches these filters.").count()).toBe(1);
    await page.getByRole("link", { name: "Clear filters" }).click();
    await page.waitForURL(teamUrl);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Export this roster as CSV" }).click(),
    ]);
    const csv = (await readFile((await download.path())!, "utf8")).trim().split("\r\n");
    expect(csv[0]).toMatch(/^member,role,position,shares,covered,missing,lapsing,credential,issuer,status,due_date/);
    expect(csv.find((l) => l.startsWith("Sam Status"))).toMatch(/,status,yes,,,CCS,AHIMA,\w+,\d{4}-\d\d-\d\d,,,,/);

    // The owner says where the employer verifies AHIMA credentials: Sam's CCS "verify" link goes there.
    await page.getByLabel("AHIMA verification page").fill("https://verify.example.org/ahima");
    await olive.submit(page.getByRole("button", { name: "Save the verification pages" }));
    await expect.poll(() => page.getByText("Verification pages saved (1).").count()).toBe(1);
    await page.reload();
    const verify = rowOf(page, "Sam Status").getByRole("link", { name: /verify CCS/ });
    expect(await verify.getAttribute("href")).toBe("https://verify.example.org/ahima");
    await olive.checkPage("team-roster");
    expect(olive.findings).toEqual([]);
  });

  it("logs the manager opening details; the member withdraws and the manager no longer sees it", async () => {
    const page = olive.page;
    await page.goto(teamUrl);
    await rowOf(page, "Pat Progress").getByRole("link", { name: "Pat Progress" }).click();
    await page.waitForURL(/\/members\//);
    expect(await page.getByRole("region", { name: "CEU cycles (self-reported)" }).count()).toBe(1);
    await olive.checkPage("member-details");
    const detailsUrl = page.url();

    const pat = new Driver(await contexts[2]!.newPage(), "mouse", server.url);
    await pat.page.goto(`${server.url}/teams`);
    expect(await pat.page.getByRole("region", { name: "Who looked at my data" }).innerText()).toMatch(
      /Olive Manager\s+Inpatient coding\s+Opened your details/,
    );
    await pat.checkPage("teams-access-log");
    await pat.page.getByRole("link", { name: "Inpatient coding" }).click();
    for (const level of ["Progress", "Certificates"]) await pat.page.getByLabel(level, { exact: true }).uncheck();
    await pat.submit(pat.page.getByRole("button", { name: "Save what I share" }));
    await pat.page.getByText("You now share nothing.").waitFor();
    expect(pat.findings).toEqual([]);

    await page.goto(teamUrl);
    const row = await rowOf(page, "Pat Progress").innerText();
    expect(row).toMatch(/shares nothing/);
    expect(row).not.toMatch(/CPC|CEUs/);
    const gone = await page.goto(detailsUrl);
    expect(gone?.status()).toBe(404);
    expect(olive.findings).toEqual([]);
  });

  it("fits a 390×844 phone without sideways scrolling, in both themes", async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: "en-US",
      hasTouch: true,
      isMobile: true,
      storageState: await olive.page.context().storageState(),
    });
    try {
      const d = new Driver(await phone.newPage(), "mobile", server.url);
      await d.page.goto(teamUrl);
      await d.checkPage("team-phone");
      await d.page.goto(`${server.url}/teams`);
      await d.checkPage("teams-phone");
      expect(d.findings).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
