import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, todayIso } from "@/lib/dates";
import { adminQuery, withDatabase } from "../setup/engine";
import { launchBrowser, signUpInBrowser } from "../helpers/browser";
import { Driver } from "../helpers/journey";
import { headerOf, mailTo } from "../helpers/reminders";
import { startServer, type RunningServer } from "../helpers/server";
import { startMailbox, type TestMailbox } from "../helpers/smtp";

// Reminders end to end: a person with a credential due in a week, the server's own reminders pass (its timer, set
// to every 3 seconds here), the email in a real SMTP server, the bell's unread count, the notifications page, mark
// read, the settings on the profile, the unsubscribe page from the email's link, and all of it on a phone too.
// The app runs on this machine's PostgreSQL server (like errors.e2e.test.ts), so the test can mark the address
// verified beside the running server; on PGlite nothing else may open the server's data folder.

const ADMIN_URL =
  process.env.E2E_ADMIN_DATABASE_URL ??
  `postgresql://${process.env.PGUSER ?? "postgres"}@${process.env.PGHOST ?? "127.0.0.1"}:` +
    `${process.env.PGPORT ?? "5432"}/postgres`;
const DB = `him_e2e_notes_${Date.now()}_${process.pid}`;
const EMAIL = "e2e-reminders@example.org";

let dir: string;
let server: RunningServer;
let box: TestMailbox;
let browser: Browser;
let ctx: BrowserContext;
let page: Page;
let driver: Driver;

const bell = (p: Page) => p.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Notifications, / });
const user = () =>
  adminQuery(withDatabase(ADMIN_URL, DB), `SELECT "emailReminders" FROM "User" WHERE email = $1`, [EMAIL]);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "him-e2e-notes-"));
  try {
    await adminQuery(ADMIN_URL, `CREATE DATABASE "${DB}"`);
  } catch (err) {
    throw new Error(`This journey needs the PostgreSQL server (${ADMIN_URL}); see the README. ${String(err)}`);
  }
  box = await startMailbox();
  server = await startServer({
    DATABASE_URL: withDatabase(ADMIN_URL, DB),
    PGLITE_DIR: path.join(dir, "unused-pglite"),
    NEXTAUTH_SECRET: undefined,
    SMTP_URL: box.url,
    REMINDERS_INTERVAL_MINUTES: "0.05",
  });
  browser = await launchBrowser();
  ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await ctx.newPage();
  driver = new Driver(page, "mouse", server.url);
  await signUpInBrowser(page, server.url, "Remi Nder", EMAIL);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await box?.close();
  await adminQuery(ADMIN_URL, `DROP DATABASE IF EXISTS "${DB}" WITH (FORCE)`).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

/** The reminder emails to the test's person (sign-up also sends them a verification link). */
const reminders = () => mailTo(box.messages, EMAIL).filter((m) => /^Reminder/.test(m.subject ?? ""));

describe("reminders and notifications", () => {
  it("a credential due in 7 days: the server's pass sends one email and the bell shows 1 unread", async () => {
    expect(await bell(page).getAttribute("aria-label")).toBe("Notifications, 0 unread");
    // The address is verified (the verification flow is another feature's), then a credential due in a week.
    await adminQuery(withDatabase(ADMIN_URL, DB), `UPDATE "User" SET "emailVerifiedAt" = now() WHERE email = $1`, [
      EMAIL,
    ]);
    const today = todayIso();
    const res = await page.request.post(`${server.url}/api/v1/me/custom-credentials`, {
      data: {
        name: "State coding licence",
        issuer: "State board",
        earnedOn: addDays(today, -400),
        cycleMonths: 24,
        requiredCeus: 20,
        cycleEnd: addDays(today, 7),
      },
    });
    expect(res.status()).toBe(201);

    const mail = await box.waitFor(EMAIL, /Reminder/, 60_000);
    expect(mail.subject).toBe("Reminder: State coding licence (State board): CEUs due in 7 days");
    expect(mail.text).toContain(`State coding licence (State board): 20 CEUs by ${addDays(today, 7)} — in 7 days`);
    expect(headerOf(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    await expect
      .poll(
        async () => {
          await page.goto(`${server.url}/dashboard`);
          return bell(page).getAttribute("aria-label");
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe("Notifications, 1 unread");
    // Later passes (every 3 seconds) send nothing more.
    await page.waitForTimeout(7_000);
    // (The other message to this address is the sign-up's verification link.)
    expect(reminders()).toHaveLength(1);
    expect(await bell(page).getAttribute("aria-label")).toBe("Notifications, 1 unread");
  });

  it("the notifications page lists it; marking it read takes the count to 0", async () => {
    await bell(page).click();
    await page.waitForURL(`${server.url}/notifications`);
    const item = page.locator("main li");
    expect(await item.count()).toBe(1);
    expect(await item.innerText()).toMatch(/State coding licence \(State board\): CEUs due in 7 days/);
    expect(await item.innerText()).toMatch(/Still owed: 20 CEUs by/);
    await driver.checkPage("notifications");
    await page.getByRole("button", { name: /^Mark read/ }).click();
    await expect.poll(() => bell(page).getAttribute("aria-label")).toBe("Notifications, 0 unread");
    expect(await page.getByRole("button", { name: /^Mark read/ }).count()).toBe(0);
    await page.getByRole("link", { name: /^Open/ }).click();
    await page.waitForURL(/\/my-credentials\/U-/);
    expect(driver.findings).toEqual([]);
  });

  it("the profile's reminder settings: choose the days and turn email off", async () => {
    await page.goto(`${server.url}/profile#reminders`);
    const days = page.getByLabel("Remind me on these days");
    expect(await days.inputValue()).toBe("90, 60, 30, 7, 1, -1, -30");
    await days.fill("30, 7, soon");
    await page.getByRole("button", { name: "Save reminder settings" }).click();
    await page.getByText("“soon” is not a whole number of days.").waitFor();
    await days.fill("30, 7, −1");
    await page.getByLabel("Email me reminders").uncheck();
    await page.getByRole("button", { name: "Save reminder settings" }).click();
    await page.getByText("Reminder settings saved.").waitFor();
    await page.reload();
    expect(await page.getByLabel("Remind me on these days").inputValue()).toBe("30, 7, -1");
    expect(await page.getByLabel("Email me reminders").isChecked()).toBe(false);
    await driver.checkPage("profile-reminders");
    expect(driver.findings).toEqual([]);
    // Back on, for the unsubscribe link to turn off.
    await page.getByLabel("Email me reminders").check();
    await page.getByRole("button", { name: "Save reminder settings" }).click();
    await page.getByText("Reminder settings saved.").waitFor();
  });

  it("the email's unsubscribe link opens a page that asks; only its button turns reminder emails off", async () => {
    const link = /(http\S+\/unsubscribe\?token=[\w-]+)/.exec(reminders()[0]!.text ?? "")![1]!;
    const stranger = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const p = await stranger.newPage();
      const d = new Driver(p, "mouse", server.url);
      await p.goto(link);
      expect(await p.locator("main").innerText()).toMatch(/Stop the emails that remind e•••@example\.org/);
      expect(await user()).toEqual([{ emailReminders: true }]);
      await d.checkPage("unsubscribe");
      await p.getByRole("button", { name: "Stop reminder emails" }).click();
      await p.getByText("Done: no more reminder emails.").waitFor();
      expect(await user()).toEqual([{ emailReminders: false }]);
      await d.checkPage("unsubscribed");
      expect(d.findings).toEqual([]);
    } finally {
      await stranger.close();
    }
  });

  it("on a phone: the bell beside the menu, the notifications page without sideways scrolling", async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      storageState: await ctx.storageState(),
    });
    try {
      const p = await phone.newPage();
      const d = new Driver(p, "mobile", server.url);
      await p.goto(`${server.url}/dashboard`);
      expect(await bell(p).isVisible()).toBe(true);
      await d.checkPage("dashboard-phone");
      await d.activate(bell(p));
      await p.waitForURL(`${server.url}/notifications`);
      await d.checkPage("notifications-phone");
      expect(d.findings).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
