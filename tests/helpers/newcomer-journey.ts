import { readFile } from "node:fs/promises";
import { expect } from "vitest";
import type { Driver } from "./journey";

// The newcomer's first session, then their return: every step a person takes, through the pages they would use,
// with the checks that matter to them (what they typed is there after signing out and in again).

export type JourneyFiles = { certificate: string };

const PASSWORD = "a long enough password";

export async function newcomerJourney(d: Driver, email: string, files: JourneyFiles) {
  const { page, base } = d;
  const main = page.locator("main");

  // Arrive, look around.
  await page.goto(`${base}/`);
  await d.checkPage("home");
  await d.nav("Career ladder", `${base}/ladder`);
  await page.locator(".react-flow__node").first().waitFor();
  await d.checkPage("ladder");
  await d.nav("Create account", `${base}/signup`);
  await d.checkPage("signup");

  // Sign up.
  await d.fill(page.getByLabel("Name"), "Pat Newcomer");
  await d.fill(page.getByLabel("Email"), email);
  await d.fill(page.getByLabel("Password", { exact: true }), PASSWORD);
  await d.submit(page.getByRole("button", { name: "Create account" }));
  await page.waitForURL(`${base}/dashboard`);
  await expect.poll(() => main.innerText()).toContain("No saved plans yet");
  await d.checkPage("dashboard-new");

  // Fill the profile.
  await d.nav("Profile", `${base}/profile`);
  await d.select(page.getByLabel("Current role"), "outpatient-coder");
  await d.select(page.getByLabel("Highest education completed"), "associate");
  await d.fill(page.getByLabel("Years of experience in health information"), "3");
  await d.fill(page.getByLabel("Current yearly salary (US dollars)"), "58000");
  await d.submit(page.getByRole("button", { name: "Save profile" }));
  await page.getByRole("alert").or(page.getByRole("status")).filter({ hasText: /saved/i }).waitFor();
  await d.checkPage("profile");

  // Plan a path to a target and save it.
  await d.nav("Plan a path", `${base}/plan`);
  expect(await page.getByLabel("Where you are now").inputValue()).toBe("outpatient-coder");
  await d.select(page.getByLabel("Where you want to be"), "him-manager");
  await d.submit(page.getByRole("button", { name: "Plan my paths" }));
  await page
    .getByText(/paths? to HIM Manager/i)
    .first()
    .waitFor();
  await d.checkPage("plan-results");
  await d.fill(page.getByLabel("Plan name").first(), "My way to HIM manager");
  await d.submit(page.getByRole("button", { name: "Save path 1" }));
  await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
  const planUrl = page.url();

  // See the pay projection on the saved plan: a chart, and its table twin with a source on every row.
  const band = page.getByRole("region", { name: "Pay band along the plan" });
  await band.locator(".recharts-wrapper").waitFor();
  await expect.poll(() => band.locator(".recharts-area path").count()).toBeGreaterThan(0);
  await d.activate(band.getByText(/Show the table/));
  const sources = await band
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => tr.lastElementChild?.textContent ?? ""));
  expect(sources.length).toBeGreaterThan(0);
  for (const s of sources) expect(s).toMatch(/\d{4}|undated|assumption/i);
  await d.checkPage("plan-saved");

  // Add a credential.
  await d.nav("My credentials", `${base}/my-credentials`);
  await expect.poll(() => main.innerText()).toContain("No credentials on your record yet");
  await d.checkPage("my-credentials-empty");
  await d.select(page.getByLabel("Credential", { exact: true }), "CPC");
  await d.fill(page.getByLabel("Date earned"), "2025-03-10");
  await d.submit(page.getByRole("button", { name: "Add credential" }));
  await page.getByRole("link", { name: "CPC", exact: true }).waitFor();
  await d.checkPage("my-credentials");

  // Log CEUs, one with a certificate.
  await d.nav("CEU log", `${base}/ceus`);
  await expect.poll(() => main.innerText()).toContain("No CEUs logged yet");
  await d.checkPage("ceus-empty");
  await logCeu(d, {
    date: "2025-05-01",
    title: "Outpatient coding update",
    ceus: "10",
    certificate: files.certificate,
  });
  await page.getByText("Download certificate (certificate.pdf)").waitFor();
  await logCeu(d, { date: "2025-06-12", title: "Compliance basics webinar", ceus: "2" });
  await page.getByRole("button", { name: "Edit Compliance basics webinar" }).waitFor();
  await d.checkPage("ceus");

  // See what is still owed.
  await d.nav("My credentials", `${base}/my-credentials`);
  await d.activate(page.getByRole("link", { name: "CPC", exact: true }));
  await page.waitForURL(`${base}/my-credentials/CPC`);
  await expect.poll(() => main.innerText()).toMatch(/Still owed: \d+ CEUs by \d{4}-\d{2}-\d{2}/);
  expect(await main.innerText()).toContain("12 of ");
  await d.checkPage("credential-detail");

  // The pay pages.
  await d.nav("Pay", `${base}/pay`);
  await page.getByRole("region").first().locator(".recharts-wrapper").waitFor();
  await d.checkPage("pay");

  // Export the CEU log.
  await d.nav("CEU log", `${base}/ceus`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    d.activate(page.getByRole("link", { name: "Export as CSV" })),
  ]);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.split("\r\n")[0]).toMatch(/^date,title,/);
  expect(csv).toContain("Outpatient coding update");
  expect(csv).toContain("Compliance basics webinar");

  // Sign out, and back in: everything is still there.
  await d.nav("Sign out", `${base}/signout`);
  await d.checkPage("signout");
  await d.activate(main.getByRole("button", { name: "Sign out" }));
  await page.waitForURL(`${base}/`);
  await d.nav("Sign in", /\/signin/);
  await d.checkPage("signin");
  await d.fill(page.getByLabel("Email"), email);
  await d.fill(page.getByLabel("Password", { exact: true }), PASSWORD);
  await d.submit(main.getByRole("button", { name: "Sign in" }));
  await page.waitForURL(`${base}/dashboard`);
  const dashboard = await main.innerText();
  expect(dashboard).toContain("My way to HIM manager");
  // The plan's target and progress, as the dashboard's one read counts them from the stored path.
  expect(dashboard).toMatch(/My way to HIM manager · to HIM Manager\s+0 of [1-9]\d* steps done/);
  expect(dashboard).toContain("CPC");
  await d.checkPage("dashboard");

  // The returning user edits one entry and deletes another.
  await d.nav("CEU log", `${base}/ceus`);
  await d.activate(page.getByRole("button", { name: "Edit Outpatient coding update" }));
  await d.fill(page.locator("input[id^='edit-'][id$='-ceus']"), "11.5");
  await d.submit(page.getByRole("button", { name: "Save changes" }));
  await page.getByText("11.5 CEUs").waitFor();
  await d.activate(page.getByRole("button", { name: /^Delete .Compliance basics webinar/ }));
  await d.activate(page.getByRole("button", { name: "Yes, delete" }));
  await expect.poll(() => page.getByRole("button", { name: "Edit Compliance basics webinar" }).count()).toBe(0);
  await page.reload();
  expect(await main.innerText()).toContain("11.5 CEUs");
  expect(await main.innerText()).not.toContain("Compliance basics webinar");

  // The saved plan is still where it was.
  await page.goto(planUrl);
  expect(await page.locator("h1").innerText()).toContain("My way to HIM manager");
}

async function logCeu(d: Driver, e: { date: string; title: string; ceus: string; certificate?: string }) {
  const { page } = d;
  await d.fill(page.getByLabel("Date", { exact: true }), e.date);
  await d.fill(page.getByLabel("Title", { exact: true }), e.title);
  await d.fill(page.getByLabel("CEUs", { exact: true }), e.ceus);
  await d.check(page.getByLabel("Coding", { exact: true }));
  if (e.certificate) await d.upload(page.locator("#new-file"), e.certificate);
  await d.submit(page.getByRole("button", { name: "Log CEUs" }));
}
