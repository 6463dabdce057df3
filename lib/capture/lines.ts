import type { Box, TextLine } from "@/lib/capture/types";

// Turning what the readers return into lines of text: PDF text runs (positioned in points, origin bottom-left) and
// OCR words (pixels, origin top-left). Runs or words far apart on one line become tab-separated cells. Pure.

export type Run = { text: string; x: number; y: number; width: number; height: number };
export type Word = { text: string; x0: number; y0: number; x1: number; y1: number; confidence: number };

/** Two pieces further apart than this many text heights are separate cells of a table. */
const CELL_GAP = 2;

type Piece = { text: string; left: number; right: number; top: number; bottom: number; confidence: number };

function toLines(pieces: Piece[], pageW: number, pageH: number): TextLine[] {
  const sorted = [...pieces].filter((p) => p.text.trim()).sort((a, b) => a.top - b.top || a.left - b.left);
  const rows: Piece[][] = [];
  for (const p of sorted) {
    const mid = (p.top + p.bottom) / 2;
    const row = rows.find((r) => {
      const h = r[0]!.bottom - r[0]!.top;
      return Math.abs((r[0]!.top + r[0]!.bottom) / 2 - mid) < h * 0.5;
    });
    if (row) row.push(p);
    else rows.push([p]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.left - b.left);
    let text = "";
    row.forEach((p, i) => {
      if (i === 0) return void (text = p.text);
      const prev = row[i - 1]!;
      const gap = p.left - prev.right;
      const height = prev.bottom - prev.top;
      text += gap > height * CELL_GAP ? "\t" : gap > height * 0.1 || !/\s$/.test(text) ? " " : "";
      text += p.text;
    });
    const left = Math.min(...row.map((p) => p.left));
    const top = Math.min(...row.map((p) => p.top));
    const box: Box = {
      x: round(left / pageW),
      y: round(top / pageH),
      w: round((Math.max(...row.map((p) => p.right)) - left) / pageW),
      h: round((Math.max(...row.map((p) => p.bottom)) - top) / pageH),
    };
    const confidence = Math.min(...row.map((p) => p.confidence));
    return { text: text.replace(/ {2,}/g, " ").trim(), box, confidence };
  });
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** PDF text runs (pdf.js text items) as lines, top to bottom. */
export function linesFromRuns(runs: Run[], pageW: number, pageH: number): TextLine[] {
  const pieces = runs.map((r) => ({
    text: r.text,
    left: r.x,
    right: r.x + r.width,
    top: pageH - r.y - r.height,
    bottom: pageH - r.y,
    confidence: 1,
  }));
  return toLines(pieces, pageW, pageH);
}

/** OCR words as lines, top to bottom; a line is as trustworthy as its least sure word (confidence 0–100 in). */
export function linesFromWords(words: Word[], pageW: number, pageH: number): TextLine[] {
  const pieces = words.map((w) => ({
    text: w.text,
    left: w.x0,
    right: w.x1,
    top: w.y0,
    bottom: w.y1,
    confidence: Math.max(0, Math.min(1, w.confidence / 100)),
  }));
  return toLines(pieces, pageW, pageH);
}

/** Width and height of a PNG or JPEG from its header, or null when the header cannot be read. */
export function imageSize(data: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data[0] === 0x89 && data[1] === 0x50 && data.length >= 24) {
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (data[0] === 0xff && data[1] === 0xd8) {
    let i = 2;
    while (i + 9 < data.length) {
      if (data[i] !== 0xff) return null;
      const marker = data[i + 1]!;
      const length = view.getUint16(i + 2);
      // Start-of-frame markers (baseline, progressive and the rest) carry the size; 0xC4, 0xC8, 0xCC do not.
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        return { height: view.getUint16(i + 5), width: view.getUint16(i + 7) };
      }
      i += 2 + length;
    }
  }
  return null;
}
