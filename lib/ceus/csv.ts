// CSV for the CEU log (RFC 4180: commas, double quotes doubled, fields may hold line breaks; CRLF between rows).
// Cells that a spreadsheet would run as a formula are written with a leading apostrophe, which reading removes.
// Pure.

import { csvTable } from "@/lib/csv";

export const CSV_COLUMNS = [
  "date",
  "title",
  "provider",
  "ceus",
  "topics",
  "hiim_domain",
  "source",
  "index_number",
  "external_body",
  "applies_to",
  "notes",
  "certificate",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export function toCsv(rows: Record<CsvColumn, string>[]): string {
  return csvTable(
    [...CSV_COLUMNS],
    rows.map((r) => CSV_COLUMNS.map((c) => r[c] ?? "")),
  );
}

/** Rows of cells with the line each row starts on (for error messages). Throws on an unterminated quote. */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark from spreadsheet exports
  const endRow = () => {
    cells.push(field);
    if (!(cells.length === 1 && cells[0] === "")) out.push({ line: rowLine, cells });
    cells = [];
    field = "";
  };
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      cells.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRow();
      line++;
      rowLine = line;
    } else field += ch;
  }
  if (quoted) throw new Error(`A quoted field starting on line ${rowLine} never ends.`);
  if (field !== "" || cells.length) endRow();
  return out.map((r) => ({ line: r.line, cells: r.cells.map((c) => (/^'+[=+\-@\t\r]/.test(c) ? c.slice(1) : c)) }));
}
