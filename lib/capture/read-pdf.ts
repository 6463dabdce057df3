import "server-only";
import { linesFromRuns, type Run } from "@/lib/capture/lines";
import type { TextLine } from "@/lib/capture/types";

// A PDF's pages through pdf.js (the legacy build runs on Node 20): each page's text layer as lines, or, for a page
// with no text (a scan saved as PDF), the page drawn to a PNG for OCR. Errors are turned into the words a person
// can act on by read-certificate.ts.

export const MAX_PDF_PAGES = 5;

export type PdfPage = { page: number; lines: TextLine[] } | { page: number; image: Uint8Array };

export class PdfProblem extends Error {
  constructor(readonly kind: "encrypted" | "corrupt" | "no_renderer") {
    super(kind);
  }
}

async function renderPage(page: import("pdfjs-dist/types/src/display/api").PDFPageProxy): Promise<Uint8Array> {
  let canvasModule: typeof import("@napi-rs/canvas");
  try {
    canvasModule = await import("@napi-rs/canvas");
  } catch {
    throw new PdfProblem("no_renderer");
  }
  const base = page.getViewport({ scale: 1 });
  // About 200 dots per inch on a letter page: enough for OCR, small enough to read in a few seconds.
  const viewport = page.getViewport({ scale: Math.min(3, 2200 / Math.max(base.width, base.height)) });
  const canvas = canvasModule.createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext("2d");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
  return new Uint8Array(canvas.toBuffer("image/png"));
}

export async function readPdf(data: Uint8Array): Promise<{ pages: PdfPage[]; pageCount: number }> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = getDocument({
    // pdf.js takes ownership of the buffer it is given; hand it a copy so the caller's bytes stay whole.
    data: new Uint8Array(data),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    const name = (err as { name?: string } | null)?.name;
    throw new PdfProblem(name === "PasswordException" ? "encrypted" : "corrupt");
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PDF_PAGES); n++) {
      const page = await doc.getPage(n);
      const [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!("str" in item) || !item.str.trim()) continue;
        runs.push({
          text: item.str,
          x: item.transform[4],
          y: item.transform[5],
          width: item.width,
          height: item.height,
        });
      }
      const lines = linesFromRuns(runs, width, height);
      pages.push(lines.length ? { page: n, lines } : { page: n, image: await renderPage(page) });
      page.cleanup();
    }
    return { pages, pageCount: doc.numPages };
  } catch (err) {
    if (err instanceof PdfProblem) throw err;
    throw new PdfProblem("corrupt");
  } finally {
    await doc.destroy();
  }
}
