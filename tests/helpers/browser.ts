import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

// Debian's Chromium driven by playwright-core (Playwright's own browser download cannot run here). Flags keep it
// quiet on a closed network.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium package (see .ci/run) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Creates an account through the sign-up page and waits for the dashboard, as a newcomer would. */
export async function signUpInBrowser(
  page: Page,
  base: string,
  name: string,
  email: string,
  password = "a long enough password",
) {
  await page.goto(`${base}/signup`);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(`${base}/dashboard`);
}
