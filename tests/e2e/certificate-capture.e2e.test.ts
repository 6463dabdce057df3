import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, addMonths, todayIso } from "@/lib/dates";
import { imageOnlyPdf } from "../fixtures/certificates/bad-files";
import { certificatePdf, rasterise } from "../fixtures/certificates/generate";
import { corpusSpecs, type Spec } from "../fixtures/certificates/specs";
import { launchBrowser, signUpInBrowser } from "../helpers/browser";
import { Driver, VIEWPORTS, type Mode } from "../helpers/journey";
import { startServer, type RunningServer } from "../helpers/server";

// Logging CEUs from the certificates themselves, in a browser: a person holding a CPC drops three certificates,
// sees each read with its progress, fixes one field, confirms all, and finds three entries with their certificates
// and the CPC's CEUs gone up by their sum. With a mouse, with the keyboard alone and on a phone; axe in both themes.

let dataDir: string;
let server: RunningServer;
let browser: Browser;
const today = todayIso();

/** Three certificates of the last few weeks (so they count in the CPC's current cycle), in three layouts. */
function threeSpecs(mode: Mode): Spec[] {
  const all = corpusSpecs(45);
  const picks = [all[2]!, all[7]!, all[3]!]; // chapter meeting, table, journal quiz
  return picks.map((s, i) => ({
    ...s,
    id: `${mode}-${s.layout}`,
    truth: { ...s.truth, date: addDays(today, -10 * (i + 1)), title: `${s.truth.title} (${mode})` },
  }));
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "him-e2e-capture-"));
  server = await startServer({
    PGLITE_DIR: path.join(dataDir, "pglite"),
    DATABASE_URL: undefined,
    NEXTAUTH_SECRET: undefined,
  });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function cpcEarned(page: Page): Promise<number> {
  await page.goto(`${server.url}/my-credentials`);
  const text = await page.locator("main").innerText();
  const m = /([\d.]+) of 36 CEUs/.exec(text);
  expect(m, "the CPC's CEUs on my credentials").not.toBeNull();
  return Number(m![1]);
}

describe.each(["mouse", "keyboard", "mobile"] as const)("certificates to CEU entries (%s)", (mode) => {
  it("uploads three, fixes one field, confirms all: three entries with certificates, and the CEUs count", async () => {
    const context = await browser.newContext({
      viewport: VIEWPORTS[mode],
      locale: "en-US",
      ...(mode === "mobile" ? { hasTouch: true, isMobile: true } : {}),
    });
    try {
      const page = await context.newPage();
      const driver = new Driver(page, mode, server.url);
      await signUpInBrowser(page, server.url, `Capture ${mode}`, `e2e-capture-${mode}@example.org`);
      const held = await page.request.post(`${server.url}/api/v1/me/credentials`, {
        data: { code: "CPC", earnedOn: addMonths(today, -12) },
        headers: { origin: server.url },
      });
      expect(held.status()).toBe(201);
      const before = await cpcEarned(page);

      const specs = threeSpecs(mode);
      const files = await Promise.all(
        specs.map(async (s) => {
          const file = path.join(dataDir, `${s.id}.pdf`);
          await writeFile(file, await certificatePdf(s));
          return file;
        }),
      );
      await page.goto(`${server.url}/ceus`);
      const capture = page.getByRole("region", { name: "Log CEUs from certificates" });
      expect(await capture.getByText("No certificates waiting for review.").count()).toBe(1);
      await driver.upload(capture.getByLabel("Choose files"), files);

      // A progress bar for each file, then a draft for each.
      const bars = capture.getByRole("list", { name: "Files being read" }).getByRole("progressbar");
      await expect.poll(() => bars.count()).toBe(3);
      await expect.poll(() => capture.getByText("Read: check the draft below.").count(), { timeout: 30_000 }).toBe(3);
      await expect
        .poll(() => bars.evaluateAll((b) => b.map((x) => x.getAttribute("aria-valuenow"))))
        .toEqual(["100", "100", "100"]);
      const drafts = capture.locator("li[id^=draft-]");
      expect(await drafts.count()).toBe(3);
      // Each draft is listed as its file is read (two at a time), so find each by its file's name.
      const cardOf = (s: Spec) =>
        drafts.filter({ has: page.getByRole("heading", { name: `${s.id}.pdf`, exact: true }) });
      for (const s of specs) {
        const card = cardOf(s);
        expect(await card.getByLabel("Date completed").inputValue()).toBe(s.truth.date);
        expect(await card.getByLabel("Program title").inputValue()).toBe(s.truth.title);
        expect(await card.getByLabel("CEUs").inputValue()).toBe(String(s.truth.ceus));
        expect(await card.getByText(/Read with \d+% confidence from page 1/).count()).toBeGreaterThan(0);
      }
      await driver.checkPage(`capture-drafts-${mode}`);
      expect(driver.findings).toEqual([]);

      // The journal quiz printed a rounded figure; the person knows it was 1.25.
      await driver.fill(cardOf(specs[2]!).getByLabel("CEUs"), "1.25");
      const confirmAll = capture.getByRole("button", { name: /^Confirm all ready \(3 of 3\)$/ });
      await driver.activate(confirmAll);
      await capture.getByText("3 entries logged with their certificates.").waitFor();
      await expect.poll(() => drafts.count()).toBe(0);

      const entries = page.getByRole("region", { name: "All entries" }).locator("li");
      await expect.poll(() => entries.count()).toBe(3);
      const list = await page.locator("main").innerText();
      for (const s of specs) expect(list).toContain(s.truth.title);
      expect(await page.getByRole("link", { name: /^Download certificate \(.+\.pdf\)$/ }).count()).toBe(3);
      expect(list).toContain("1.25 CEUs");
      await driver.checkPage(`capture-confirmed-${mode}`);
      expect(driver.findings).toEqual([]);

      const sum = specs[0]!.truth.ceus + specs[1]!.truth.ceus + 1.25;
      expect(await cpcEarned(page)).toBeCloseTo(before + sum, 2);
    } finally {
      await context.close();
    }
  }, 180_000);
});

describe("photos and scans in the built app", () => {
  it("reads a PNG and a PDF holding only the image by OCR, answering other requests meanwhile", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.mouse, locale: "en-US" });
    try {
      const page = await context.newPage();
      await signUpInBrowser(page, server.url, "Capture OCR", "e2e-capture-ocr@example.org");
      const spec = { ...corpusSpecs(45)[8]!, scan: { rotate: 2, lowContrast: false } };
      const pdf = path.join(dataDir, "scan.pdf");
      await writeFile(pdf, await certificatePdf(spec, true));
      const { png } = await rasterise(pdf, path.join(dataDir, "scan"));
      const image = await readFile(png);
      let read = false;
      const reading = page.request
        .post(`${server.url}/api/v1/me/ceus/drafts`, {
          headers: { origin: server.url },
          multipart: { file: { name: "photo.png", mimeType: "image/png", buffer: image } },
        })
        .then((r) => ((read = true), r));
      // While the photo is read (the OCR worker starts, then reads), other requests are answered.
      await page.waitForTimeout(200);
      const meanwhile = await page.request.get(`${server.url}/api/v1/me/ceus`);
      expect(meanwhile.status()).toBe(200);
      expect(read, "the list was answered only after the OCR finished").toBe(false);
      const res = await reading;
      expect(res.status()).toBe(201);
      const scanPdf = Buffer.from(await imageOnlyPdf(new Uint8Array(image)));
      const res2 = await page.request.post(`${server.url}/api/v1/me/ceus/drafts`, {
        headers: { origin: server.url },
        multipart: { file: { name: "scan.pdf", mimeType: "application/pdf", buffer: scanPdf } },
      });
      expect(res2.status()).toBe(201);
      for (const body of [await res.json(), await res2.json()]) {
        const [draft] = body.drafts;
        expect(draft.status).toBe("read");
        expect(draft.fields.date).toMatchObject({ value: spec.truth.date, source: { method: "ocr" } });
        expect(draft.fields.ceus.value).toBe(spec.truth.ceus);
        expect(draft.fields.indexNumber.value).toBe(spec.truth.indexNumber);
      }
    } finally {
      await context.close();
    }
  }, 120_000);
});
