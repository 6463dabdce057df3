import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { ComplianceItem } from "@/lib/credentials/compliance-types";
import type { CeuEntryView } from "@/lib/ceus/queries";

// The audit packet's summary as a PDF: who, as of when, each body's cycle with what is required, earned and owed,
// and every entry with its certificate's file name. Standard fonts only (no files to ship), so text outside their
// character set is shown as "?".

const MARGIN = 50;
const WIDTH = 612; // US Letter
const HEIGHT = 792;

// Helvetica's WinAnsi encoding: keep what it can draw.
const drawable = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/[^\x20-\x7e\xa0-\xff]/g, "?");

class Writer {
  page: PDFPage;
  y = HEIGHT - MARGIN;
  constructor(
    private doc: PDFDocument,
    private font: PDFFont,
    private bold: PDFFont,
  ) {
    this.page = doc.addPage([WIDTH, HEIGHT]);
  }
  private wrap(text: string, size: number, font: PDFFont): string[] {
    const words = drawable(text).split(/\s+/);
    const lines: string[] = [];
    let line = "";
    for (const w of words) {
      const next = line ? `${line} ${w}` : w;
      if (font.widthOfTextAtSize(next, size) > WIDTH - 2 * MARGIN && line) {
        lines.push(line);
        line = w;
      } else line = next;
    }
    if (line) lines.push(line);
    return lines;
  }
  text(text: string, opts: { size?: number; bold?: boolean; gap?: number } = {}) {
    const size = opts.size ?? 10;
    const font = opts.bold ? this.bold : this.font;
    for (const line of this.wrap(text, size, font)) {
      if (this.y < MARGIN + size) {
        this.page = this.doc.addPage([WIDTH, HEIGHT]);
        this.y = HEIGHT - MARGIN;
      }
      this.page.drawText(line, { x: MARGIN, y: this.y - size, size, font, color: rgb(0.1, 0.1, 0.12) });
      this.y -= size * 1.35;
    }
    this.y -= opts.gap ?? 2;
  }
}

export async function summaryPdf(input: {
  name: string;
  email: string;
  asOf: string;
  items: ComplianceItem[];
  entries: CeuEntryView[];
}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`CEU audit packet, ${input.asOf}`);
  doc.setProducer("HIM Pathways");
  const w = new Writer(
    doc,
    await doc.embedFont(StandardFonts.Helvetica),
    await doc.embedFont(StandardFonts.HelveticaBold),
  );
  w.text("Continuing education summary", { size: 18, bold: true, gap: 6 });
  w.text(`${input.name} <${input.email}> - as of ${input.asOf}`, { size: 11, gap: 10 });
  if (input.items.length === 0) w.text("No credentials on record.");
  for (const i of input.items) {
    w.text(
      `${i.body}: ${i.credentials.join(", ")} - ${i.cycle === "current" ? "current" : "previous"} cycle ` +
        `${i.cycleStart} to ${i.cycleEnd}`,
      { size: 12, bold: true },
    );
    w.text(
      `Status: ${i.status.replace("_", " ")}. Required ${i.required} CEUs, counted ${i.earned}, ` +
        `still owed ${i.remaining} by ${i.dueDate}.`,
    );
    for (const m of i.minimums)
      w.text(`${m.credential} on ${m.topic.replace(/_/g, " ")}: ${m.earned} of ${m.required}.`);
    for (const q of i.quotas) {
      // A cap is not a target: it says how much one activity may count, and the largest one counted.
      if (q.kind === "max_per_activity") w.text(`${q.rule}: largest counted ${q.earned}, cap ${q.required}.`);
      else w.text(`${q.rule}: ${q.earned} of ${q.required} (${q.met ? "met" : "not met"}).`);
    }
    for (const a of i.assumptions) w.text(`Estimate: ${a}`, { size: 9 });
    w.text(i.explanation, { size: 9, gap: 10 });
  }
  w.text(`CEU entries (${input.entries.length})`, { size: 14, bold: true, gap: 4 });
  for (const e of [...input.entries].sort((a, b) => a.date.localeCompare(b.date))) {
    const parts = [
      `${e.date}  ${e.ceus} CEUs  ${e.title}${e.provider ? ` (${e.provider})` : ""}`,
      e.indexNumber ? `index ${e.indexNumber}` : null,
      `source ${e.source}`,
      e.certificate ? `certificate: ${e.certificate.filename}` : "no certificate",
    ];
    w.text(parts.filter(Boolean).join(" - "), { size: 9 });
  }
  return doc.save();
}
