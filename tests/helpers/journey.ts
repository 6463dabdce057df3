import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { ElementHandle, Locator, Page } from "playwright-core";
import { expect } from "vitest";

// One journey, three ways of travelling it: with a mouse on a laptop screen, with the keyboard alone, and with
// touch on a 390×844 phone screen. The journey is written once against this driver; the driver decides how each
// step is done and what is checked on every page it reaches.

export type Mode = "mouse" | "keyboard" | "mobile";

export const VIEWPORTS: Record<Mode, { width: number; height: number }> = {
  mouse: { width: 1280, height: 900 },
  keyboard: { width: 1280, height: 900 },
  mobile: { width: 390, height: 844 },
};

const SCREENSHOTS = path.join(process.cwd(), "tests", "e2e", "screenshots");
const axeSource = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export type AxeFinding = { page: string; theme: string; id: string; impact: string; help: string; targets: string[] };

export class Driver {
  private shot = 0;
  readonly findings: AxeFinding[] = [];
  readonly pagesChecked: string[] = [];

  /** Uncaught page errors and console errors (a script the Content-Security-Policy refused shows up here). */
  readonly consoleErrors: string[] = [];

  constructor(
    readonly page: Page,
    readonly mode: Mode,
    readonly base: string,
  ) {
    page.on("pageerror", (err) => this.consoleErrors.push(`${page.url()}: ${err.message}`));
    page.on("console", (msg) => {
      if (msg.type() !== "error") return;
      const resource = msg.location().url;
      // A page that answers 404 on purpose logs its own status; the tests that expect it check it themselves.
      if (/status of 404/.test(msg.text()) && resource === page.url()) return;
      this.consoleErrors.push(`${page.url()}: ${msg.text()} (${resource})`);
    });
  }

  // ---- moving focus ----------------------------------------------------------------------------------------------

  /** Presses Tab (or Shift+Tab) until the target has focus; fails if the keyboard cannot reach it. */
  async tabTo(target: Locator, { max = 250 }: { max?: number } = {}) {
    const handle = await target.elementHandle();
    if (!handle) throw new Error("tabTo: target not found");
    for (let i = 0; i < max; i++) {
      if (await handle.evaluate((el) => el === document.activeElement)) {
        await this.expectVisibleFocus(handle);
        return;
      }
      await this.page.keyboard.press("Tab");
    }
    const name = await handle.evaluate((el) => el.outerHTML.slice(0, 160));
    throw new Error(`the keyboard cannot reach ${name} within ${max} Tab presses`);
  }

  /** Focus must be visible: an outline or a ring (box-shadow) on the focused element. */
  private async expectVisibleFocus(el: ElementHandle) {
    const style = await el.evaluate((node) => {
      const s = getComputedStyle(node as Element);
      return {
        outline: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0,
        shadow: s.boxShadow !== "none",
        tag: (node as Element).tagName,
        type: (node as HTMLInputElement).type,
      };
    });
    // File inputs and radios draw their own native focus ring that computed style does not show.
    if (style.type === "file") return;
    expect(style.outline || style.shadow, `focus is not visible on a ${style.tag}`).toBe(true);
  }

  // ---- actions ---------------------------------------------------------------------------------------------------

  /** Follows a link in the main navigation (the header), the way a person would. */
  async nav(name: string, url: RegExp | string) {
    const nav = this.page.getByRole("navigation", { name: "Main" });
    const link = nav.getByRole("link", { name, exact: true });
    // On a phone the links fold behind the menu button.
    if (!(await link.isVisible())) {
      const menu = nav.getByRole("button", { name: "Menu" });
      await this.activate(menu);
      expect(await menu.getAttribute("aria-expanded")).toBe("true");
      await link.waitFor({ state: "visible" });
    }
    await this.activate(link);
    await this.page.waitForURL(url);
    // The header says where you are (except for the sign-up call to action, which is not a section).
    if (name !== "Create account") {
      await expect.poll(() => nav.locator('[aria-current="page"]').allInnerTexts()).toEqual([name]);
    }
  }

  /** Clicks, taps or presses Enter on a link or button. */
  async activate(target: Locator) {
    if (this.mode === "keyboard") {
      await this.tabTo(target);
      await this.page.keyboard.press("Enter");
    } else if (this.mode === "mobile") {
      await target.scrollIntoViewIfNeeded();
      await target.tap();
    } else {
      await target.click();
    }
  }

  async fill(target: Locator, value: string) {
    if (this.mode !== "keyboard") {
      await target.fill(value);
      return;
    }
    await this.tabTo(target);
    const type = await target.evaluate((el) => (el as HTMLInputElement).type);
    if (type === "date") {
      // Chromium's date field takes the digits in the locale's order (en-US: month, day, year).
      const [y, m, d] = value.split("-");
      await this.page.keyboard.type(`${m}${d}${y}`);
    } else {
      await this.page.keyboard.press("ControlOrMeta+a");
      if (value === "") await this.page.keyboard.press("Delete");
      else await this.page.keyboard.type(value);
    }
    expect(await target.inputValue()).toBe(value);
  }

  async select(target: Locator, value: string) {
    if (this.mode !== "keyboard") {
      await target.selectOption(value);
      return;
    }
    await this.tabTo(target);
    // On Linux, arrow keys change a closed <select> without opening it.
    await this.page.keyboard.press("Home");
    const count = await target.locator("option").count();
    for (let i = 0; i < count && (await target.inputValue()) !== value; i++)
      await this.page.keyboard.press("ArrowDown");
    expect(await target.inputValue()).toBe(value);
  }

  async check(target: Locator) {
    if (this.mode !== "keyboard") {
      await target.check();
      return;
    }
    await this.tabTo(target);
    if (!(await target.isChecked())) await this.page.keyboard.press("Space");
    expect(await target.isChecked()).toBe(true);
  }

  async upload(target: Locator, file: string | string[]) {
    if (this.mode !== "keyboard") {
      await target.setInputFiles(file);
      return;
    }
    await this.tabTo(target);
    // Space (or Enter) on a focused file input opens the chooser; under load Chromium now and then lets a key press
    // go by, so try a few times, still with the keyboard only.
    for (const key of ["Space", "Enter", "Space"]) {
      // A retry only makes sense while the input still has focus; lost focus is a real fault.
      expect(await target.evaluate((el) => el === document.activeElement), "the file input kept focus").toBe(true);
      const chooser = await Promise.all([
        this.page.waitForEvent("filechooser", { timeout: 5_000 }),
        this.page.keyboard.press(key),
      ])
        .then(([c]) => c)
        .catch(() => null);
      if (chooser) return chooser.setFiles(file);
    }
    throw new Error("the keyboard could not open the certificate's file chooser");
  }

  /** Submits a form with its button (a click, a tap, or Tab to it and Enter). */
  async submit(button: Locator) {
    await this.activate(button);
  }

  // ---- what every page must hold ---------------------------------------------------------------------------------

  /** Landmarks, one h1, no sideways scrolling, every control on screen, axe in both themes, screenshots. */
  async checkPage(name: string) {
    const page = this.page;
    await page.waitForLoadState("load");
    // Next streams a page's metadata; after a client-side navigation the <title> can land a moment after the body.
    await expect.poll(() => page.title(), { message: `${name}: the page's title` }).toMatch(/HIM Pathways/);
    this.pagesChecked.push(name);
    expect(this.consoleErrors, `${name}: errors in the browser console`).toEqual([]);
    expect(await page.locator("main#main").count(), `${name}: one main landmark`).toBe(1);
    expect(await page.getByRole("navigation", { name: "Main" }).count(), `${name}: main navigation`).toBe(1);
    expect(await page.locator("h1").count(), `${name}: one h1`).toBe(1);

    if (this.mode === "mobile") {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${name}: the page scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
      const clipped = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const inScroller = (el: Element) => {
          for (let p = el.parentElement; p; p = p.parentElement) {
            const o = getComputedStyle(p).overflowX;
            if (o === "auto" || o === "scroll" || o === "hidden") return true;
          }
          return false;
        };
        return [...document.querySelectorAll("a, button, input, select, textarea, summary")]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) return false; // not rendered (closed disclosure, sr-only)
            if (el.closest(".sr-only")) return false;
            return (r.left < -1 || r.right > width + 1) && !inScroller(el);
          })
          .map((el) => el.outerHTML.slice(0, 120));
      });
      expect(clipped, `${name}: controls off the side of the screen`).toEqual([]);
    }

    for (const theme of ["light", "dark"] as const) {
      await page.evaluate((t) => {
        document.documentElement.dataset.theme = t;
      }, theme);
      await page.waitForTimeout(50);
      if (this.mode !== "keyboard") await this.runAxe(name, theme);
      await this.screenshot(`${name}-${theme}`);
    }
    await page.evaluate(() => {
      const t = localStorage.getItem("theme");
      document.documentElement.dataset.theme = t === "dark" ? "dark" : "light";
    });
  }

  private async runAxe(name: string, theme: string) {
    const page = this.page;
    if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: axeSource });
    let violations = await this.axeViolations();
    // After a server action the router commits the new tree a moment before its streamed metadata, and the <title>
    // is briefly gone (seen once in CI, 2026-12-03). A title that comes back is checked again; one that never does is
    // still a finding.
    if (violations.some((v) => v.id === "document-title")) {
      await expect.poll(() => page.title(), { message: `${name}: the page's title` }).toMatch(/HIM Pathways/);
      violations = await this.axeViolations();
    }
    for (const v of violations) {
      if (v.impact === "serious" || v.impact === "critical") this.findings.push({ page: name, theme, ...v });
    }
  }

  private axeViolations() {
    return this.page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Document,
              opts: object,
            ) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document, { resultTypes: ["violations"] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
      }));
    });
  }

  private async screenshot(label: string) {
    const dir = path.join(SCREENSHOTS, this.mode);
    await mkdir(dir, { recursive: true });
    this.shot++;
    await this.page.screenshot({
      path: path.join(dir, `${String(this.shot).padStart(2, "0")}-${label}.png`),
      fullPage: true,
    });
  }
}
