import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, parseCsv, toCsv, type CsvColumn } from "@/lib/ceus/csv";
import { buildCalendar, foldLine } from "@/lib/credentials/ical";

const row = (over: Partial<Record<CsvColumn, string>>) =>
  Object.fromEntries(CSV_COLUMNS.map((c) => [c, over[c] ?? ""])) as Record<CsvColumn, string>;

describe("CSV", () => {
  it("round-trips quotes, commas and line breaks", () => {
    const rows = [row({ title: 'Say "hello", world', notes: "line one\nline two", ceus: "1.5" })];
    const parsed = parseCsv(toCsv(rows));
    expect(parsed[0]!.cells).toEqual([...CSV_COLUMNS]);
    expect(parsed[1]!.cells[CSV_COLUMNS.indexOf("title")]).toBe('Say "hello", world');
    expect(parsed[1]!.cells[CSV_COLUMNS.indexOf("notes")]).toBe("line one\nline two");
  });

  it("defuses spreadsheet formulas on the way out and restores them on the way in", () => {
    const csv = toCsv([row({ title: '=HYPERLINK("http://x")', provider: "+1 800", notes: "-minus" })]);
    expect(csv).toContain("'=HYPERLINK");
    expect(csv).toContain("'+1 800");
    const back = parseCsv(csv)[1]!.cells;
    expect(back[CSV_COLUMNS.indexOf("title")]).toBe('=HYPERLINK("http://x")');
    expect(back[CSV_COLUMNS.indexOf("provider")]).toBe("+1 800");
  });

  it("reports the line each row starts on, skips blank lines and a byte-order mark", () => {
    const parsed = parseCsv('\ufeffdate,title\r\n2025-01-01,"a\nb"\r\n\r\n2025-02-01,c\n');
    expect(parsed.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(() => parseCsv('date,title\n2025-01-01,"unterminated')).toThrow(/never ends/);
  });

  it("round-trips any text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40 }), { minLength: CSV_COLUMNS.length, maxLength: CSV_COLUMNS.length }),
        (cells) => {
          const r = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, cells[i]!.replace(/\r/g, "")])) as Record<
            CsvColumn,
            string
          >;
          const nonEmpty = Object.values(r).some((v) => v !== "");
          const parsed = parseCsv(toCsv([r]));
          if (nonEmpty) expect(parsed[1]!.cells).toEqual(CSV_COLUMNS.map((c) => r[c]));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("iCalendar", () => {
  it("folds long lines at 75 octets without splitting characters", () => {
    const line = `SUMMARY:${"é".repeat(100)}`;
    const folded = foldLine(line);
    for (const part of folded.split("\r\n")) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  it("writes all-day events with escaped text, stable UIDs and a reminder", () => {
    const ics = buildCalendar(
      [
        {
          uid: "abc@him-pathways",
          date: "2027-03-09",
          summary: "CEUs due: CPC, CPMA (AAPC)",
          description: "12; still\nowed",
          remindDaysBefore: 30,
        },
      ],
      { name: "Deadlines", stamp: new Date("2026-11-27T10:00:00Z") },
    );
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics).toContain("DTSTART;VALUE=DATE:20270309\r\nDTEND;VALUE=DATE:20270310\r\n");
    expect(ics).toContain("SUMMARY:CEUs due: CPC\\, CPMA (AAPC)\r\n");
    expect(ics).toContain("DESCRIPTION:12\\; still\\nowed\r\n");
    expect(ics).toContain("TRIGGER:-P30D");
    expect(ics).toContain("DTSTAMP:20261127T100000Z");
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.split("\r\n").every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  });
});
