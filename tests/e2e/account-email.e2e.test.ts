import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, signUpInBrowser } from "../helpers/browser";
import { Driver } from "../helpers/journey";
import { startServer, type RunningServer } from "../helpers/server";

// The account emails in a browser, as someone trying the app sees them: no SMTP server, so every message is an
// .eml file in the mail folder beside the data; the journey opens the links in them. Verification at sign-up,
// "forgot your password", and the profile's security section. axe in both themes on each page.

let dir: string;
let mailDir: string;
let server: RunningServer;
let browser: Browser;
let page: Page;
let driver: Driver;
const EMAIL = "e2e-mail@example.org";

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "him-e2e-mail-"));
  mailDir = path.join(dir, "mail");
  server = await startServer({
    PGLITE_DIR: path.join(dir, "pglite"),
    MAIL_DIR: mailDir,
    DATABASE_URL: undefined,
    NEXTAUTH_SECRET: undefined,
    SMTP_URL: undefined,
  });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  driver = new Driver(page, "mouse", server.url);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** The newest .eml file whose subject matches, read as a mail client would; the first link to `route` in it. */
async function linkFromMail(subject: RegExp, route: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const files = (await readdir(mailDir).catch(() => [])).sort().reverse();
    for (const file of files) {
      const mail = await simpleParser(await readFile(path.join(mailDir, file)));
      const link = (mail.text ?? "").match(new RegExp(`https?://[^\\s]+${route}\\?token=[A-Za-z0-9_-]+`));
      if (subject.test(mail.subject ?? "") && link) return link[0];
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no .eml file in ${mailDir} with ${subject} and a ${route} link`);
}

describe("account emails written as .eml files", () => {
  it("sign-up writes a verification email whose link confirms the address", async () => {
    await signUpInBrowser(page, server.url, "E2E Mail", EMAIL, "the first long passphrase");
    expect(server.output()).toMatch(/\[mail\] to e2e-mail@example\.org: "Confirm your email address.*" written to/);
    await page.goto(`${server.url}/profile`);
    await page.getByText("is not confirmed yet").waitFor();
    await driver.checkPage("profile-unverified");

    await page.goto(await linkFromMail(/Confirm your email address/, "/verify-email"));
    await page.getByText(`${EMAIL} is confirmed`).waitFor();
    await driver.checkPage("verify-email");
    await page.goto(`${server.url}/profile`);
    await page.getByText(`Your address ${EMAIL} is confirmed.`).waitFor();
    expect(driver.findings).toEqual([]);
  });

  it("forgot password: the link sets a new password, and the old one no longer signs in", async () => {
    await page.context().clearCookies();
    await page.goto(`${server.url}/signin`);
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await page.waitForURL(`${server.url}/forgot-password`);
    await driver.checkPage("forgot-password");
    await page.getByLabel("Email").fill(EMAIL);
    await page.getByRole("button", { name: "Send me a reset link" }).click();
    await page.getByText(`If an account uses ${EMAIL}`).waitFor();

    await page.goto(await linkFromMail(/Reset your HIM Pathways password/, "/reset-password"));
    await driver.checkPage("reset-password");
    await page.getByLabel("New password").fill("short");
    await page.getByRole("button", { name: "Set my new password" }).click();
    await expect.poll(() => page.getByLabel("New password").getAttribute("aria-invalid")).toBe("true");
    await page.getByLabel("New password").fill("the second long passphrase");
    await page.getByRole("button", { name: "Set my new password" }).click();
    await page.getByText("Your new password is set").waitFor();

    await page.goto(`${server.url}/signin`);
    await page.getByLabel("Email").fill(EMAIL);
    await page.getByLabel("Password", { exact: true }).fill("the first long passphrase");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("do not match an account").waitFor();
    // The refused sign-in logs its 401 in the console: expected here, so it does not count against the next page.
    driver.consoleErrors.length = 0;
    await page.getByLabel("Password", { exact: true }).fill("the second long passphrase");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${server.url}/dashboard`);
    expect(driver.findings).toEqual([]);
  });

  it("the security section changes the password here and signs out everywhere when asked", async () => {
    await page.goto(`${server.url}/profile`);
    await page.getByLabel("Current password").fill("the second long passphrase");
    await page.getByLabel("New password").fill("the third long passphrase");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText("Password changed. Every other session was signed out.").waitFor();
    await page.reload();
    await page.getByRole("heading", { name: "Security" }).waitFor(); // still signed in here
    await driver.checkPage("profile-security");

    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await page.getByRole("button", { name: "Yes, sign out everywhere" }).click();
    await page.waitForURL(/\/signin/);
    await page.goto(`${server.url}/profile`);
    await page.waitForURL(/\/signin/);
    expect(driver.findings).toEqual([]);
  });
});
