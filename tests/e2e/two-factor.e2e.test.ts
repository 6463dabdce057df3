import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Secret, TOTP } from "otpauth";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, signUpInBrowser } from "../helpers/browser";
import { Driver } from "../helpers/journey";
import { startServer, type RunningServer } from "../helpers/server";

// Two-factor sign-in in a browser, as a person would use it: turn it on from the profile (the key read off the page,
// the code worked out here as an authenticator app would), keep the recovery codes, sign out, sign in with the
// password and then a code, and again with a recovery code; a wrong code is refused beside its field. axe in both
// themes at each step, and the same pages on a 390×844 phone.

const EMAIL = "e2e-two-factor@example.org";
const PASSWORD = "a long enough password";
const CODE_LABEL = "Code from your authenticator app (or a recovery code)";

let dataDir: string;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let driver: Driver;
let key = "";
let recoveryCodes: string[] = [];
// The last time step whose code was used: the server takes each code once, so the next sign-in waits for a new one.
let lastStep = 0;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "him-e2e-2fa-"));
  server = await startServer({
    PGLITE_DIR: path.join(dataDir, "pglite"),
    DATABASE_URL: undefined,
    NEXTAUTH_SECRET: undefined,
  });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  page = await context.newPage();
  driver = new Driver(page, "mouse", server.url);
  await signUpInBrowser(page, server.url, "E2E Two Factor", EMAIL, PASSWORD);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const main = () => page.locator("main");
const focusedId = (p: Page = page) => p.evaluate(() => document.activeElement?.id ?? "");
const step = (ms = Date.now()) => Math.floor(ms / 30_000);

/** The code an authenticator app shows now, waiting for a new one if this one was used already. */
async function appCode(): Promise<string> {
  while (step() <= lastStep) await page.waitForTimeout(step(Date.now()) * 30_000 + 30_500 - Date.now());
  lastStep = step();
  return TOTP.generate({ secret: Secret.fromBase32(key) });
}

/** A field's error, tied to it: invalid, and described by the message. */
async function expectFieldError(id: string, message: RegExp) {
  const input = page.locator(`#${id}`);
  await expect.poll(() => input.getAttribute("aria-invalid")).toBe("true");
  expect(await input.getAttribute("aria-describedby")).toContain(`${id}-error`);
  expect(await page.locator(`#${id}-error`).innerText()).toMatch(message);
}

/**
 * The browser logs the credentials callback's 401 (a code is needed, or was wrong) as a console error; that answer
 * is the point here, so it is taken off the driver's list before a page check. Any other error still fails it.
 */
function dropRefusedSignIns(d: Driver) {
  const refused = (e: string) => /status of 401/.test(e) && e.includes("/api/auth/callback/credentials");
  const others = d.consoleErrors.filter((e) => !refused(e));
  d.consoleErrors.splice(0, d.consoleErrors.length, ...others);
}

async function signOut() {
  await page.goto(`${server.url}/signout`);
  await main().getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(`${server.url}/`);
}

/** Email and password on the sign-in page; the form then asks for a code, with focus in its field. */
async function passwordStep(p: Page = page) {
  await p.goto(`${server.url}/signin`);
  await p.getByLabel("Email").fill(EMAIL);
  await p.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await p.locator("main").getByRole("button", { name: "Sign in" }).click();
  await p.getByLabel(CODE_LABEL).waitFor();
  await expect.poll(() => focusedId(p)).toBe("code");
  expect(p.url()).toContain("/signin");
}

describe("two-factor sign-in", () => {
  it("is turned on from the profile: password, QR code and key, a code, then the recovery codes once", async () => {
    await page.goto(`${server.url}/profile`);
    const panel = page.getByRole("region", { name: "Two-factor sign-in" });
    expect(await panel.innerText()).toMatch(/Two-factor sign-in is off/);
    await driver.checkPage("profile-two-factor-off");

    await panel.getByRole("button", { name: "Turn on two-factor sign-in…" }).click();
    await expect.poll(() => focusedId()).toBe("two-factor-password");
    await page.getByLabel("Your password, to confirm").fill("not my password");
    await panel.getByRole("button", { name: "Continue" }).click();
    await expectFieldError("two-factor-password", /not your password/);
    await page.getByLabel("Your password, to confirm").fill(PASSWORD);
    await panel.getByRole("button", { name: "Continue" }).click();

    await expect.poll(() => focusedId()).toBe("two-factor-setup");
    const qr = panel.getByRole("img", { name: /QR code/ });
    // Drawn: the page's Content-Security-Policy lets the data: image through.
    await expect.poll(() => qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    key = (await page.locator("#two-factor-secret").innerText()).replace(/\s/g, "");
    expect(key).toMatch(/^[A-Z2-7]{32}$/);
    await driver.checkPage("profile-two-factor-setup");

    await page.getByLabel("6-digit code from the app").fill("12345");
    await panel.getByRole("button", { name: "Turn on" }).click();
    await expectFieldError("two-factor-code", /That code is not right/);
    expect(await focusedId()).toBe("two-factor-code");
    await page.getByLabel("6-digit code from the app").fill(await appCode());
    await panel.getByRole("button", { name: "Turn on" }).click();

    const list = panel.getByRole("list", { name: /Save your recovery codes/ });
    await list.waitFor();
    await expect.poll(() => focusedId()).toBe("recovery-codes-title");
    recoveryCodes = (await list.getByRole("listitem").allInnerTexts()).map((c) => c.trim());
    expect(recoveryCodes).toHaveLength(10);
    const href = await panel.getByRole("link", { name: "Download them as a text file" }).getAttribute("href");
    expect(decodeURIComponent(href!)).toContain(recoveryCodes.join("\n"));
    await driver.checkPage("profile-two-factor-codes");

    await panel.getByRole("button", { name: "I have saved my codes" }).click();
    await expect.poll(() => panel.innerText()).toMatch(/Two-factor sign-in is on since \d{4}-\d\d-\d\d/);
    expect(await panel.innerText()).toContain("10 of 10 recovery codes left");
    await page.reload();
    expect(await main().innerText()).not.toContain(recoveryCodes[0]);
    expect(driver.findings).toEqual([]);
  });

  it("signs in with the password and then a code from the app; a wrong code is refused beside its field", async () => {
    await signOut();
    await passwordStep();
    dropRefusedSignIns(driver);
    await driver.checkPage("signin-code");
    expect((await page.request.get(`${server.url}/api/v1/me/profile`)).status()).toBe(401);

    await page.getByLabel(CODE_LABEL).fill("ABCD-EFGH-JKLM-NPQR");
    await page.keyboard.press("Enter");
    await expectFieldError("code", /That code is not right/);
    await expect.poll(() => focusedId()).toBe("code");

    await page.getByLabel(CODE_LABEL).fill(await appCode());
    await page.keyboard.press("Enter");
    await page.waitForURL(`${server.url}/dashboard`);
    expect(driver.findings).toEqual([]);
  });

  it("signs in with a recovery code once; the same code again is refused", async () => {
    await signOut();
    await passwordStep();
    await page.getByLabel(CODE_LABEL).fill(recoveryCodes[0]!.toLowerCase());
    await page.locator("main").getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${server.url}/dashboard`);
    await page.goto(`${server.url}/profile`);
    expect(await main().innerText()).toContain("9 of 10 recovery codes left");

    await signOut();
    await passwordStep();
    await page.getByLabel(CODE_LABEL).fill(recoveryCodes[0]!);
    await page.locator("main").getByRole("button", { name: "Sign in" }).click();
    await expectFieldError("code", /used already/);
    expect(page.url()).toContain("/signin");
  });

  it("fits a 390×844 phone: the code step of signing in, and the profile's panel, in both themes", async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: "en-US",
      hasTouch: true,
      isMobile: true,
    });
    try {
      const d = new Driver(await phone.newPage(), "mobile", server.url);
      await passwordStep(d.page);
      dropRefusedSignIns(d);
      await d.checkPage("signin-code-phone");
      await d.page.getByLabel(CODE_LABEL).fill(recoveryCodes[1]!);
      await d.page.locator("main").getByRole("button", { name: "Sign in" }).click();
      await d.page.waitForURL(`${server.url}/dashboard`);
      await d.page.goto(`${server.url}/profile`);
      await d.page.getByText(/8 of 10 recovery codes left/).waitFor();
      dropRefusedSignIns(d);
      await d.checkPage("profile-two-factor-phone");
      expect(d.findings).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
