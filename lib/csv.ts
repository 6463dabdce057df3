// Writing CSV (RFC 4180: commas, double quotes doubled, fields may hold line breaks; CRLF between rows). Text cells
// that a spreadsheet would run as a formula get a leading apostrophe; numbers are written as numbers. Pure.

// A value a spreadsheet would run as a formula, or one that already starts with our apostrophe before such a
// character (so that one survives the round trip too).
const FORMULA = /^'*[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvTable(header: string[], rows: (string | number | null | undefined)[][]): string {
  const lines = [header.map(csvCell).join(","), ...rows.map((r) => r.map(csvCell).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}
