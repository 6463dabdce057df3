import "server-only";
import { createHash } from "node:crypto";
import { certificateProblem, sniffType, SNIFF_BYTES } from "@/lib/ceus/certificate-type";
import { extractFields } from "@/lib/capture/extract";
import { ocrImage } from "@/lib/capture/ocr";
import { PdfProblem, readPdf } from "@/lib/capture/read-pdf";
import type { ExtractedFields, PageText } from "@/lib/capture/types";

// One uploaded file to the fields it shows: checked by content as any certificate is, then read from its text
// layer or by OCR. Never throws for a bad file: the answer names what is wrong so the person can act on it.

export type ReadResult =
  | { ok: true; mime: string; ext: string; sha256: string; fields: ExtractedFields; pages: PageText[]; ms: number }
  | { ok: false; error: string; sha256?: string };

export const readMessages = {
  encrypted: "This PDF is protected by a password. Save a copy without the password (or a screenshot) and upload that.",
  corrupt: "This PDF is damaged and cannot be opened. Download the certificate again and upload the new copy.",
  noRenderer: "This PDF has no text to read and cannot be drawn for OCR here; upload a photo or scan (PNG or JPEG).",
  image: "This image could not be read. Upload a PNG or JPEG photo or scan of the certificate.",
  blank: "No text was found on this file: is it a blank page? Upload the page that shows the certificate.",
} as const;

export async function readCertificate(data: Uint8Array): Promise<ReadResult> {
  const started = performance.now();
  const problem = certificateProblem(data.byteLength, data.subarray(0, SNIFF_BYTES));
  if (problem) return { ok: false, error: problem };
  const type = sniffType(data)!;
  const sha256 = createHash("sha256").update(data).digest("hex");
  const pages: PageText[] = [];
  if (type.mime === "application/pdf") {
    let read: Awaited<ReturnType<typeof readPdf>>;
    try {
      read = await readPdf(data);
    } catch (err) {
      const kind = err instanceof PdfProblem ? err.kind : "corrupt";
      const error =
        kind === "encrypted"
          ? readMessages.encrypted
          : kind === "no_renderer"
            ? readMessages.noRenderer
            : readMessages.corrupt;
      return { ok: false, error, sha256 };
    }
    for (const p of read.pages) {
      if ("lines" in p) pages.push({ page: p.page, lines: p.lines, method: "text" });
      else pages.push({ page: p.page, lines: await ocrImage(p.image), method: "ocr" });
    }
  } else {
    try {
      pages.push({ page: 1, lines: await ocrImage(data), method: "ocr" });
    } catch {
      return { ok: false, error: readMessages.image, sha256 };
    }
  }
  // OCR "finds" a stray mark or two on an empty page; fewer than three letters in all is nothing.
  const letters = pages
    .flatMap((p) => p.lines)
    .map((l) => l.text.replace(/[^A-Za-z]/g, ""))
    .join("");
  if (letters.length < 3) return { ok: false, error: readMessages.blank, sha256 };
  const fields = extractFields(pages);
  return { ok: true, mime: type.mime, ext: type.ext, sha256, fields, pages, ms: performance.now() - started };
}
