// Dates as certificates print them: 03/14/2025, March 14, 2025, Mar. 14-16, 2025, 14 Mar 2025, 2025-03-14. US
// numeric order (month first) because the certifying bodies are American. Pure.

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return null;
  const i = MONTHS.indexOf(w.slice(0, 3));
  // "Sept" and the full names; refuse words that merely start like a month ("marketing").
  if (i < 0) return null;
  const full = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
  ][i]!;
  return full.startsWith(w) || w === "sept" ? i + 1 : null;
}

function iso(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export type FoundDate = { iso: string; index: number; raw: string; range: boolean };

const MONTH = "([A-Za-z]{3,9}\\.?)";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const DASH = "\\s*(?:-|–|—|to|through|and)\\s*";
const patterns: { re: RegExp; read: (m: RegExpExecArray) => [number, number, number] | null; range?: boolean }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  { re: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/g, read: (m) => [+m[3]!, +m[1]!, +m[2]!] },
  // March 12 - March 14, 2025 (a range over two months: the last day is the completion date)
  {
    re: new RegExp(`${MONTH}\\s+${DAY}${DASH}${MONTH}\\s+${DAY},?\\s+(\\d{4})`, "g"),
    read: (m) => (monthOf(m[3]!) ? [+m[5]!, monthOf(m[3]!)!, +m[4]!] : null),
    range: true,
  },
  {
    re: new RegExp(`${MONTH}\\s+${DAY}${DASH}${DAY},?\\s+(\\d{4})`, "g"),
    read: (m) => (monthOf(m[1]!) ? [+m[4]!, monthOf(m[1]!)!, +m[3]!] : null),
    range: true,
  },
  {
    re: new RegExp(`${MONTH}\\s+${DAY},?\\s+(\\d{4})`, "g"),
    read: (m) => (monthOf(m[1]!) ? [+m[3]!, monthOf(m[1]!)!, +m[2]!] : null),
  },
  {
    re: new RegExp(`\\b${DAY}${DASH}${DAY}\\s+${MONTH},?\\s+(\\d{4})`, "g"),
    read: (m) => (monthOf(m[3]!) ? [+m[4]!, monthOf(m[3]!)!, +m[2]!] : null),
    range: true,
  },
  {
    re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})`, "g"),
    read: (m) => (monthOf(m[2]!) ? [+m[3]!, monthOf(m[2]!)!, +m[1]!] : null),
  },
];

/** Every date in a line of text, in reading order; a range counts as its last day. Overlapping matches lose. */
export function findDates(text: string): FoundDate[] {
  const found: (FoundDate & { end: number })[] = [];
  for (const p of patterns) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.index)) continue;
      const parts = p.read(m);
      const value = parts && iso(...parts);
      if (value) found.push({ iso: value, index: start, end, raw: m[0], range: Boolean(p.range) });
    }
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map((f) => ({ iso: f.iso, index: f.index, raw: f.raw, range: f.range }));
}
