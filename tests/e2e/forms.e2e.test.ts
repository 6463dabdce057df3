import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../helpers/browser";
import { startServer, type RunningServer } from "../helpers/server";
import { PLAN_REQUEST } from "../fixtures/plan-request";

// Bad input in every form: the field says what is wrong (aria-invalid, and an error tied to it by
// aria-describedby, so a screen reader hears it), and nothing is saved.

let dir: string;
let server: RunningServer;
let browser: Browser;
let page: Page;
const EMAIL = "e2e-forms@example.org";
const PASSWORD = "a long enough password";

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "him-e2e-forms-"));
  await writeFile(path.join(dir, "renamed.pdf"), "this is a text file wearing a .pdf name");
  server = await startServer({
    PGLITE_DIR: path.join(dir, "pglite"),
    DATABASE_URL: undefined,
    NEXTAUTH_SECRET: undefined,
  });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** The control is marked invalid and the error it points to says what to fix. */
async function expectFieldError(control: Locator, message: RegExp) {
  await expect.poll(() => control.getAttribute("aria-invalid")).toBe("true");
  // Only the error the control points to, not its hint (hints mention limits too, and would always match).
  const ids = ((await control.getAttribute("aria-describedby")) ?? "")
    .split(/\s+/)
    .filter((id) => id.endsWith("-error"));
  expect(ids.length, "the control points to its error").toBeGreaterThan(0);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
  expect(texts.join(" | ")).toMatch(message);
}

const main = () => page.locator("main");

describe("bad input in each form shows the field's error and saves nothing", () => {
  it("sign-up", async () => {
    await page.goto(`${server.url}/signup`);
    await page.getByLabel("Email").fill("not an email");
    await page.getByLabel("Password", { exact: true }).fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expectFieldError(page.getByLabel("Name"), /name/i);
    await expectFieldError(page.getByLabel("Email"), /email/i);
    await expectFieldError(page.getByLabel("Password", { exact: true }), /10/);
    expect(page.url()).toBe(`${server.url}/signup`);

    // Now a good one, then the same email again.
    await page.getByLabel("Name").fill("Forms Tester");
    await page.getByLabel("Email").fill(EMAIL);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(`${server.url}/dashboard`);
    const other = await browser.newPage();
    await other.goto(`${server.url}/signup`);
    await other.getByLabel("Name").fill("Someone Else");
    await other.getByLabel("Email").fill(EMAIL.toUpperCase());
    await other.getByLabel("Password", { exact: true }).fill("another long password");
    await other.getByRole("button", { name: "Create account" }).click();
    await expect.poll(() => other.getByLabel("Email").getAttribute("aria-invalid")).toBe("true");
    expect(other.url()).toBe(`${server.url}/signup`);
    await other.close();
  });

  it("sign-in", async () => {
    const fresh = await browser.newContext();
    const p = await fresh.newPage();
    await p.goto(`${server.url}/signin`);
    await p.locator("main").getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => p.getByLabel("Email").getAttribute("aria-invalid")).toBe("true");
    await p.getByLabel("Email").fill(EMAIL);
    await p.getByLabel("Password", { exact: true }).fill("the wrong password");
    await p.locator("main").getByRole("button", { name: "Sign in" }).click();
    await p
      .getByRole("alert")
      .filter({ hasText: /do not match/ })
      .waitFor();
    const me = await p.request.get(`${server.url}/api/v1/me/profile`);
    expect(me.status()).toBe(401);
    await fresh.close();
  });

  it("profile", async () => {
    await page.goto(`${server.url}/profile`);
    await page.getByLabel("Years of experience in health information").fill("-1");
    await page.getByLabel("Current yearly salary (US dollars)").fill("lots");
    await page.getByLabel("Warn me about CEU deadlines this many days ahead").fill("0");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expectFieldError(page.getByLabel("Years of experience in health information"), /0|negative|years/i);
    await expectFieldError(page.getByLabel("Current yearly salary (US dollars)"), /number|salary|dollars/i);
    await expectFieldError(page.getByLabel("Warn me about CEU deadlines this many days ahead"), /1|365/);
    await page.reload();
    expect(await page.getByLabel("Years of experience in health information").inputValue()).toBe("");
    expect(await page.getByLabel("Current yearly salary (US dollars)").inputValue()).toBe("");
    expect(await page.getByLabel("Warn me about CEU deadlines this many days ahead").inputValue()).toBe("90");
  });

  it("the planner and saving a plan", async () => {
    await page.goto(`${server.url}/plan`);
    await page.getByRole("button", { name: "Plan my paths" }).click();
    await expectFieldError(page.getByLabel("Where you want to be"), /Choose the role/);

    await page.getByLabel("Where you want to be").selectOption("him-manager");
    await page.getByLabel("Years of HIM experience").fill("-2");
    await page.getByRole("button", { name: "Plan my paths" }).click();
    await expectFieldError(page.getByLabel("Years of HIM experience"), /0|negative/i);
    expect(await page.getByRole("button", { name: /^Save path/ }).count()).toBe(0);

    await page.getByLabel("Years of HIM experience").fill("2");
    await page.getByRole("button", { name: "Plan my paths" }).click();
    await page.getByRole("button", { name: "Save path 1" }).waitFor();
    await page.getByLabel("Plan name").first().fill("   ");
    await page.getByRole("button", { name: "Save path 1" }).click();
    await expectFieldError(page.getByLabel("Plan name").first(), /name/i);
    await page.goto(`${server.url}/plans`);
    expect(await main().innerText()).toMatch(/No saved plans|no plans/i);
  });

  it("renaming a plan", async () => {
    const res = await page.request.post(`${server.url}/api/v1/plans`, {
      data: {
        name: "Keep this name",
        request: PLAN_REQUEST,
      },
      headers: { origin: server.url },
    });
    expect(res.status()).toBe(201);
    await page.goto(`${server.url}/plans`);
    await page.getByRole("button", { name: "Rename" }).click();
    await page.getByLabel("New name").fill("");
    await page.getByRole("button", { name: "Save name" }).click();
    await expectFieldError(page.getByLabel("New name"), /name/i);
    await page.reload();
    expect(await main().innerText()).toContain("Keep this name");
  });

  it("adding a credential", async () => {
    await page.goto(`${server.url}/my-credentials`);
    await page.getByLabel("Credential", { exact: true }).selectOption("RHIT");
    await page.getByLabel("Date earned").fill("2099-01-01");
    await page.getByRole("button", { name: "Add credential" }).click();
    await expectFieldError(page.getByLabel("Date earned"), /after today|future/i);

    await page.getByLabel("Date earned").fill("2024-02-01");
    await page.getByText("Your cycle dates").click();
    await page.getByLabel("Cycle starts").fill("2025-01-01");
    await page.getByLabel("Cycle ends").fill("2024-06-30");
    await page.getByRole("button", { name: "Add credential" }).click();
    await expectFieldError(page.getByLabel("Cycle ends"), /after|before|start/i);
    await page.reload();
    expect(await main().innerText()).toContain("No credentials on your record yet");
  });

  it("adding a credential from another issuer, and a membership date", async () => {
    await page.goto(`${server.url}/my-credentials`);
    await page.getByLabel("Credential name").fill("Certified in Healthcare Compliance");
    await page.getByLabel("Issued by").fill("HCCA");
    await page.getByLabel("Earned on").fill("2024-05-01");
    await page.getByLabel("CEUs per cycle").fill("40");
    await page.getByLabel("Cycle length in months").fill("0");
    await page.getByRole("button", { name: "Add this credential" }).click();
    await expectFieldError(page.getByLabel("Cycle length in months"), /at least 1 month/i);
    await page.reload();
    expect(await main().innerText()).toContain("No credentials on your record yet");

    await page.goto(`${server.url}/profile`);
    await page.getByLabel("Membership expires on").first().fill("1969-12-31");
    await page.getByRole("button", { name: "Save AAPC membership" }).click();
    await expectFieldError(page.getByLabel("Membership expires on").first(), /after 1970/i);
    await page.reload();
    expect(await page.getByLabel("Membership expires on").first().inputValue()).toBe("");
  });

  it("logging CEUs, with a file that is not really a PDF", async () => {
    await page.goto(`${server.url}/ceus`);
    await page.getByLabel("Date", { exact: true }).fill("2025-04-01");
    await page.getByLabel("Title", { exact: true }).fill("Renamed file course");
    await page.getByLabel("CEUs", { exact: true }).fill("0");
    await page.getByRole("button", { name: "Log CEUs" }).click();
    await expectFieldError(page.getByLabel("CEUs", { exact: true }), /greater than 0|more than 0|at least/i);

    await page.getByLabel("CEUs", { exact: true }).fill("2");
    await page.locator("#new-file").setInputFiles(path.join(dir, "renamed.pdf"));
    await page.getByRole("button", { name: "Log CEUs" }).click();
    await expectFieldError(page.locator("#new-file"), /PDF, PNG or JPEG/);
    await page.reload();
    expect(await main().innerText()).toContain("No CEUs logged yet");
  });

  it("importing a malformed CSV file", async () => {
    await page.goto(`${server.url}/ceus/import`);
    const csv = [
      "date,title,provider,ceus",
      "2025-02-30,Bad date,,1",
      "2025-03-01,,,2",
      "2025-03-02,Too many,,5000",
    ].join("\n");
    await page.getByLabel("…or paste it").fill(csv);
    await page.getByRole("button", { name: "Check the file" }).click();
    await page.getByText(/with problems/).waitFor();
    const table = await page.locator("tbody").innerText();
    expect(table).toMatch(/date:/);
    expect(table).toMatch(/title:/);
    expect(table).toMatch(/ceus:/);
    expect(await page.getByRole("button", { name: "Fix the problems above to import" }).isDisabled()).toBe(true);
    await page.goto(`${server.url}/ceus`);
    expect(await main().innerText()).toContain("No CEUs logged yet");
  });
});

describe("account rights on the profile page", () => {
  it("downloads all my data, and deletes the account only with the right password", async () => {
    await page.goto(`${server.url}/profile`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download all my data (ZIP)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^him-pathways-data-\d{4}-\d{2}-\d{2}\.zip$/);

    await page.getByRole("button", { name: "Delete my account…" }).click();
    const password = page.getByLabel("Your password, to confirm");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("delete-password");
    await password.fill("not my password");
    await page.getByRole("button", { name: "Delete everything" }).click();
    await expectFieldError(password, /not your password/);
    // Still here.
    await page.reload();
    expect(await main().innerText()).toContain(EMAIL);

    await page.getByRole("button", { name: "Delete my account…" }).click();
    await page.getByLabel("Your password, to confirm").fill(PASSWORD);
    await page.getByRole("button", { name: "Delete everything" }).click();
    await page.waitForURL(`${server.url}/account-deleted`);
    expect(await page.locator("h1").innerText()).toBe("Your account has been deleted");
    const res = await page.request.get(`${server.url}/api/v1/me/profile`);
    expect(res.status()).toBe(401);
    await page.goto(`${server.url}/signin`);
    await page.getByLabel("Email").fill(EMAIL);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.locator("main").getByRole("button", { name: "Sign in" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: /do not match/ })
      .waitFor();
  });
});
