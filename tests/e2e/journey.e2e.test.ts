import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../helpers/browser";
import { Driver, VIEWPORTS, type Mode } from "../helpers/journey";
import { newcomerJourney } from "../helpers/newcomer-journey";
import { startServer, type RunningServer } from "../helpers/server";

// The newcomer journey three ways — mouse on a laptop, keyboard alone, a 390×844 phone — on one fresh database.
// Every page on the way: landmarks, one h1, axe (no serious or critical findings) in light and dark, screenshots
// into tests/e2e/screenshots/<mode>/ (git-ignored); on the phone, no sideways scrolling and no control off-screen.

let dir: string;
let server: RunningServer;
let browser: Browser;
let certificate: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "him-e2e-journey-"));
  certificate = path.join(dir, "certificate.pdf");
  await writeFile(certificate, "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");
  server = await startServer({
    PGLITE_DIR: path.join(dir, "pglite"),
    DATABASE_URL: undefined,
    NEXTAUTH_SECRET: undefined,
  });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe.each<Mode>(["mouse", "keyboard", "mobile"])("the newcomer journey (%s)", (mode) => {
  it("signs up, plans, saves, tracks credentials and CEUs, sees pay, exports, comes back to it all", async () => {
    const context = await browser.newContext({
      viewport: VIEWPORTS[mode],
      locale: "en-US",
      hasTouch: mode === "mobile",
      isMobile: mode === "mobile",
      acceptDownloads: true,
    });
    try {
      const driver = new Driver(await context.newPage(), mode, server.url);
      await newcomerJourney(driver, `newcomer-${mode}@example.org`, { certificate });
      expect(driver.pagesChecked.length).toBeGreaterThanOrEqual(14);
      expect(driver.findings).toEqual([]);
      // The steps after the last checked page (edit, delete, reopen the plan) must be clean too.
      expect(driver.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 300_000);
});
