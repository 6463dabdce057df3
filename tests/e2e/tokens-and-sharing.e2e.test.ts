import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, signUpInBrowser } from "../helpers/browser";
import { Driver } from "../helpers/journey";
import { startServer, type RunningServer } from "../helpers/server";
import { PLAN_REQUEST } from "../fixtures/plan-request";

// Issue 17 in a browser. With the keyboard only: create an API token on the profile page, see it once, use it
// from outside the browser, revoke it (after a confirmation) and see it refused. With the mouse: share a saved
// plan, open the link signed out (no name, no email, noindex), stop sharing, and see the link answer 404; the
// shared page on a 390×844 phone; the API reference at /api/docs rendering under its policy. axe in both themes.

const NAME = "Tova Quill-Example";
const EMAIL = "e2e-tokens@example.org";
let dataDir: string;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let planId: string;
let shareUrl = "";

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "him-e2e-tokens-"));
  server = await startServer({
    PGLITE_DIR: path.join(dataDir, "pglite"),
    DATABASE_URL: undefined,
    NEXTAUTH_SECRET: undefined,
  });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  page = await context.newPage();
  await signUpInBrowser(page, server.url, NAME, EMAIL);
  await page.request.patch(`${server.url}/api/v1/me/profile`, {
    data: { currentSalary: 58_765 },
    headers: { origin: server.url },
  });
  const res = await page.request.post(`${server.url}/api/v1/plans`, {
    data: { name: `${NAME}'s route`, request: PLAN_REQUEST },
    headers: { origin: server.url },
  });
  expect(res.status()).toBe(201);
  planId = (await res.json()).plan.id;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const profileWith = (token: string) =>
  fetch(`${server.url}/api/v1/me/profile`, { headers: { authorization: `Bearer ${token}` } });

describe("personal API tokens and share links", () => {
  it("creates a token with the keyboard only, shows it once, and revokes it after asking", async () => {
    const d = new Driver(page, "keyboard", server.url);
    await page.goto(`${server.url}/profile`);
    const section = page.getByRole("region", { name: "API tokens" });
    expect(await section.getByText("You have no API tokens.").count()).toBe(1);
    // An empty name is refused, named at the field, and creates nothing.
    await d.submit(section.getByRole("button", { name: "Create token" }));
    await expect.poll(() => page.locator("#token-name-error").innerText()).toMatch(/Name the token/);
    expect(await page.getByLabel("Label for this token").getAttribute("aria-invalid")).toBe("true");
    // Chromium logs the refused request (422) itself; that refusal is this step's point, so it is taken off the list
    // of console errors, and only it.
    const refused = d.consoleErrors.findIndex((e) => /status of 422 .*\/api\/v1\/me\/tokens/.test(e));
    expect(refused).toBeGreaterThanOrEqual(0);
    d.consoleErrors.splice(refused, 1);
    await d.fill(page.getByLabel("Label for this token"), "Spreadsheet sync");
    await d.select(page.getByLabel("Access"), "read");
    await d.select(page.getByLabel("Expires after"), "30");
    await d.submit(section.getByRole("button", { name: "Create token" }));
    const box = page.locator("#new-token");
    await box.waitFor();
    const token = await box.inputValue();
    expect(token).toMatch(/^himp_/);
    expect(await section.getByText(/it will not be shown again/).count()).toBe(1);
    expect(await section.getByRole("list", { name: "Your API tokens" }).innerText()).toMatch(
      /Spreadsheet sync[\s\S]*Read only[\s\S]*last used never/,
    );
    // The token works from outside the browser, for reading only.
    const read = await profileWith(token);
    expect(read.status).toBe(200);
    expect(((await read.json()) as { profile: { email: string } }).profile.email).toBe(EMAIL);
    await d.checkPage("profile-token-created");

    // After a reload the secret is gone for good; the list shows the use.
    await page.reload();
    expect(await page.locator("#new-token").count()).toBe(0);
    expect(await page.content()).not.toContain(token);
    expect(await section.innerText()).toMatch(/last used \d{4}-\d{2}-\d{2}/);

    await d.activate(section.getByRole("button", { name: "Revoke Spreadsheet sync" }));
    const keep = section.getByRole("button", { name: "Keep it" });
    await d.activate(keep);
    expect(await section.getByRole("listitem").count()).toBe(1);
    // Focus is back where it was, on the row's Revoke button.
    const revoke = section.getByRole("button", { name: "Revoke Spreadsheet sync" });
    await expect.poll(() => revoke.evaluate((el) => el === document.activeElement)).toBe(true);
    await d.activate(revoke);
    await d.activate(section.getByRole("button", { name: "Yes, revoke Spreadsheet sync" }));
    await expect.poll(() => section.getByText("You have no API tokens.").count()).toBe(1);
    expect(await section.getByRole("status").innerText()).toMatch(/revoked: requests with it now answer 401/);
    expect((await profileWith(token)).status).toBe(401);
    await d.checkPage("profile-token-revoked");
    expect(d.findings).toEqual([]);
  });

  it("shares a plan; the link opens signed out without the account; stopping it makes the link 404", async () => {
    const d = new Driver(page, "mouse", server.url);
    await page.goto(`${server.url}/plans/${planId}`);
    const section = page.getByRole("region", { name: "Share this plan" });
    await d.submit(section.getByRole("button", { name: "Create share link" }));
    const box = page.locator("#share-url");
    await box.waitFor();
    shareUrl = await box.inputValue();
    expect(shareUrl).toMatch(/\/shared\/plans\/[A-Za-z0-9_-]{43}$/);
    expect(await section.innerText()).toMatch(/your salary is not included/);
    await d.checkPage("plan-shared");

    const stranger = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
    try {
      const s = new Driver(await stranger.newPage(), "mouse", server.url);
      const res = await s.page.goto(shareUrl);
      expect(res?.status()).toBe(200);
      expect(await s.page.locator("h1").innerText()).toMatch(/^A path to /);
      expect(await s.page.locator('meta[name="robots"]').getAttribute("content")).toMatch(/noindex/);
      const html = await s.page.content();
      for (const secret of [NAME, EMAIL, "58,765", "58765", planId]) expect(html).not.toContain(secret);
      expect(
        await s.page.getByRole("table", { name: "Projected pay by year" }).locator("tbody tr").count(),
      ).toBeGreaterThan(0);
      await s.checkPage("shared-plan");
      expect(s.findings).toEqual([]);

      // The owner stops sharing, after a confirmation.
      await d.activate(section.getByRole("button", { name: "Stop sharing" }));
      await d.activate(section.getByRole("button", { name: "Yes, stop sharing" }));
      await expect.poll(() => section.getByText(/Sharing stopped/).count()).toBe(1);
      const gone = await s.page.goto(shareUrl);
      expect(gone?.status()).toBe(404);
    } finally {
      await stranger.close();
    }
    expect(d.findings).toEqual([]);
  });

  it("shows a shared plan on a 390×844 phone without sideways scrolling", async () => {
    const made = await page.request.post(`${server.url}/api/v1/plans/${planId}/share`, {
      data: { includeSalary: true },
      headers: { origin: server.url },
    });
    expect(made.status()).toBe(201);
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: "en-US",
      hasTouch: true,
      isMobile: true,
    });
    try {
      const d = new Driver(await phone.newPage(), "mobile", server.url);
      await d.page.goto((await made.json()).url);
      expect(await d.page.getByText("Projected from the planner's own salary.").count()).toBe(1);
      await d.checkPage("shared-plan-phone");
      expect(d.findings).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it("renders the API reference at /api/docs from this origin, with nothing refused by its policy", async () => {
    const errors: string[] = [];
    const docs = await context.newPage();
    docs.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    docs.on("pageerror", (e) => errors.push(e.message));
    const outside: string[] = [];
    docs.on("request", (r) => !r.url().startsWith(server.url) && !r.url().startsWith("data:") && outside.push(r.url()));
    await docs.goto(`${server.url}/api/docs`);
    await expect.poll(() => docs.locator(".opblock").count(), { timeout: 20_000 }).toBeGreaterThan(40);
    expect(await docs.getByText("/api/v1/plans/{id}/share").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await docs.close();

    // axe needs its own script in the page, which the page's policy rightly refuses: a context that bypasses it.
    const axeContext = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    try {
      const a = await axeContext.newPage();
      await a.goto(`${server.url}/api/docs`);
      await expect.poll(() => a.locator(".opblock").count(), { timeout: 20_000 }).toBeGreaterThan(40);
      await a.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
      const serious = await a.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (d: Document) => Promise<{ violations: Finding[] }> } }).axe;
        type Finding = { id: string; impact: string; nodes: { target: string[] }[] };
        const { violations } = await axe.run(document);
        return violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map(
            (v) =>
              `${v.id}: ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(" "))
                .join(", ")}`,
          );
      });
      // Swagger UI's own markup puts a control inside each operation's summary button (axe: nested-interactive);
      // that is the renderer's, not fixable from here, and the README says so. Everything else must be clean.
      expect(serious.filter((f) => !f.startsWith("nested-interactive:"))).toEqual([]);
    } finally {
      await axeContext.close();
    }
  });
});
