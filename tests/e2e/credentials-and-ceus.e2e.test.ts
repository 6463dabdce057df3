import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, signUpInBrowser } from "../helpers/browser";
import { startServer, type RunningServer } from "../helpers/server";

let dir: string;
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "him-e2e-ceu-"));
  await writeFile(path.join(dir, "cert.pdf"), "%PDF-1.4\n%%EOF\n");
  await writeFile(path.join(dir, "fake.pdf"), "not really a pdf");
  server = await startServer({
    PGLITE_DIR: path.join(dir, "pglite"),
    DATABASE_URL: undefined,
    NEXTAUTH_SECRET: undefined,
  });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await signUpInBrowser(page, server.url, "E2E Ledger", "e2e-ledger@example.org");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("credentials and the CEU log", () => {
  it("adds CPC and CPMA, logs CEUs with a certificate, and shows what is still owed", async () => {
    await page.goto(`${server.url}/my-credentials`);
    for (const code of ["CPC", "CPMA"]) {
      await page.getByLabel("Credential", { exact: true }).selectOption(code);
      await page.getByLabel("Date earned").fill("2025-03-10");
      await page.getByRole("button", { name: "Add credential" }).click();
      await page.waitForSelector(`a:text-is("${code}")`);
    }
    await page.goto(`${server.url}/ceus`);
    await page.getByLabel("Date", { exact: true }).fill("2025-05-01");
    await page.getByLabel("Title", { exact: true }).fill("Auditing evaluation and management");
    await page.getByLabel("CEUs", { exact: true }).fill("10");
    await page.getByLabel("Auditing").check();
    await page.locator("#new-file").setInputFiles(path.join(dir, "cert.pdf"));
    await page.getByRole("button", { name: "Log CEUs" }).click();
    await page.waitForSelector("text=Download certificate (cert.pdf)");

    await page.goto(`${server.url}/my-credentials/CPMA`);
    const text = await page.locator("main").innerText();
    expect(text).toContain("10 of 40 CEUs");
    expect(text).toContain("CPMA: 10 of 16 on auditing");
    expect(text).toContain("Still owed: 30 CEUs by 2027-03-09");
  });

  it("moves the AAPC due date when the membership expiration date is entered on the profile", async () => {
    await page.goto(`${server.url}/my-credentials/CPC`);
    let text = await page.locator("main").innerText();
    expect(text).toContain("CEUs due 2027-03-09");
    expect(text).toMatch(/until you enter it, the due date 2027-03-09 is a guess/i);

    await page.goto(`${server.url}/profile`);
    await page.getByLabel("Membership expires on").first().fill("2026-08-31");
    await page.getByRole("button", { name: "Save AAPC membership" }).click();
    await page.getByText("AAPC membership saved.").waitFor();

    await page.goto(`${server.url}/my-credentials/CPC`);
    text = await page.locator("main").innerText();
    // An August membership: CEUs due on 31 August of even years, the first cycle pro-rated to it (an estimate).
    expect(text).toContain("CEUs due 2026-08-31");
    expect(text).not.toMatch(/is a guess/);
    expect(text).toMatch(/publishes no formula/);
  });

  it("refuses bad input in the CEU form, naming the field, and saves nothing", async () => {
    await page.goto(`${server.url}/ceus`);
    const before = await page.locator("main li.rounded-lg").count();
    await page.getByLabel("Date", { exact: true }).fill("2099-01-01");
    await page.getByLabel("Title", { exact: true }).fill("Future course");
    await page.getByLabel("CEUs", { exact: true }).fill("0");
    await page.getByRole("button", { name: "Log CEUs" }).click();
    await page.waitForSelector("text=Please fix the highlighted fields");
    expect(await page.locator("#new-date-error").innerText()).toMatch(/after today/);
    await page.reload();
    expect(await page.locator("main li.rounded-lg").count()).toBe(before);
  });

  it("edits and deletes an entry, asking before deleting", async () => {
    await page.goto(`${server.url}/ceus`);
    await page.getByRole("button", { name: "Edit Auditing evaluation and management" }).click();
    await page.locator("input[id^='edit-'][id$='-ceus']").fill("12");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForSelector("text=12 CEUs");
    await page
      .getByRole("button", { name: /^Delete/ })
      .first()
      .click();
    await page.getByRole("button", { name: "Yes, delete" }).click();
    await page.waitForSelector("text=No CEUs logged yet");
  });

  it("exports the log as CSV", async () => {
    const res = await page.request.get(`${server.url}/api/v1/me/ceus.csv`);
    expect(res.status()).toBe(200);
    expect((await res.text()).split("\r\n")[0]).toBe(
      "date,title,provider,ceus,topics,hiim_domain,source,index_number,external_body,applies_to,notes,certificate",
    );
  });
});
