import { describe, expect, it } from "vitest";
import { findDates } from "@/lib/capture/dates";
import { extractFields, fixDigits } from "@/lib/capture/extract";
import { imageSize, linesFromRuns, linesFromWords } from "@/lib/capture/lines";
import { topicsIn } from "@/lib/capture/topics";
import { CONFIDENT, type PageText } from "@/lib/capture/types";
import { design } from "../fixtures/certificates/layouts";
import { emptyTally, scoredFields, tally } from "../fixtures/certificates/score";
import { corpusSpecs, layouts } from "../fixtures/certificates/specs";

// The extractors on their own: dates in the forms certificates print, lines from positioned text, and every field
// of the corpus's designs read back from where generate.ts draws them.

const page = (...texts: string[]): PageText[] => [
  {
    page: 1,
    method: "text",
    lines: texts.map((text, i) => ({ text, box: { x: 0.1, y: i / 20, w: 0.5, h: 0.02 }, confidence: 1 })),
  },
];

describe("dates as certificates print them", () => {
  it.each([
    ["Date: 03/14/2025", "2025-03-14"],
    ["Completed March 14, 2025", "2025-03-14"],
    ["Meeting date: 14 Mar 2025", "2025-03-14"],
    ["2025-03-14", "2025-03-14"],
    ["Awarded on 14th March 2025", "2025-03-14"],
    ["Sept. 3, 2024", "2024-09-03"],
    ["Dates: March 12-14, 2025", "2025-03-14"],
    ["Dates: March 30 - April 1, 2025", "2025-04-01"],
    ["12–14 March 2025", "2025-03-14"],
  ])("%s → %s", (text, iso) => {
    expect(findDates(text).map((d) => d.iso)).toEqual([iso]);
  });

  it("refuses days that do not exist and words that only start like a month", () => {
    expect(findDates("02/30/2025 and 13/01/2025")).toEqual([]);
    expect(findDates("Marketing 14, 2025")).toEqual([]);
  });
});

describe("fields from lines", () => {
  it("reads labelled fields with high confidence and says where each came from", () => {
    const f = extractFields(
      page(
        "Heartland Coding Society",
        "Certificate of Attendance",
        "Program: E/M Auditing Fundamentals",
        "Date: 03/14/2025",
        "AAPC Index #: REG1234567",
        "This program has the prior approval of AAPC for 1.5 continuing education units.",
        "Topics: Auditing, Compliance",
      ),
    );
    expect(f.title).toMatchObject({ value: "E/M Auditing Fundamentals", source: { page: 1, method: "text" } });
    expect(f.date!.value).toBe("2025-03-14");
    expect(f.date!.confidence).toBeGreaterThan(CONFIDENT);
    expect(f.date!.source.box.y).toBe(3 / 20);
    expect(f.indexNumber!.value).toBe("REG1234567");
    expect(f.ceus!.value).toBe(1.5);
    expect(f.topics!.value).toEqual(["auditing", "compliance"]);
    // Only a letterhead names the provider here: offered, but marked for attention.
    expect(f.provider).toMatchObject({ value: "Heartland Coding Society" });
    expect(f.provider!.confidence).toBeLessThan(CONFIDENT);
  });

  it("converts contact hours one for one, with a note, and academic credits at HIMSS's five hours", () => {
    const hours = extractFields(page("Contact hours: 2.0"));
    expect(hours.ceus).toMatchObject({ value: 2, note: expect.stringMatching(/assumption/) });
    expect(hours.ceus!.confidence).toBeLessThan(0.9);
    expect(extractFields(page("3 academic credits")).ceus!.value).toBe(15);
  });

  it("prefers a transcript's total, and takes the last session's date as the completion date", () => {
    const f = extractFields(
      page("Session\tDate\tCEUs", "Opening\t03/12/2025\t1.0", "Closing\t03/14/2025\t1.5", "Total CEUs: 2.5"),
    );
    expect(f.ceus!.value).toBe(2.5);
    expect(f.date!.value).toBe("2025-03-14");
  });

  it("invents nothing: no index number, approval or topics when the certificate has none", () => {
    const f = extractFields(page("Certificate", "Presented by Acme Learning", "1 CEU", "ACDIS approved for 1 CEU"));
    expect(f.indexNumber).toBeUndefined();
    expect(f.approvals).toBeUndefined();
    expect(f.topics).toBeUndefined();
    expect(f.provider!.value).toBe("Acme Learning");
  });

  it("reads other bodies' approval numbers", () => {
    const f = extractFields(page("AHIMA Approved Provider #: 40377", "ACDIS approval number: ACD-2531"));
    expect(f.approvals!.value).toEqual([
      { body: "AHIMA", number: "40377" },
      { body: "ACDIS", number: "ACD-2531" },
    ]);
  });

  it("passes an OCR line's doubt on, and mends O and l inside numbers", () => {
    expect(fixDigits("Date: O3/l4/2O25")).toBe("Date: 03/14/2025");
    const f = extractFields([
      {
        page: 1,
        method: "ocr",
        lines: [{ text: "Date: O3/l4/2O25", box: { x: 0, y: 0, w: 1, h: 0.1 }, confidence: 0.5 }],
      },
    ]);
    expect(f.date).toMatchObject({ value: "2025-03-14", confidence: 0.48 });
  });

  it("names topics from the app's list, clinical documentation integrity as CDI only", () => {
    expect(topicsIn("Clinical documentation integrity, Auditing")).toEqual(["auditing", "cdi"]);
    expect(topicsIn("HIPAA privacy; Ethics")).toEqual(["ethics", "privacy_security"]);
  });
});

describe("lines from positioned text", () => {
  it("joins runs on one baseline, and splits far-apart cells with a tab", () => {
    const lines = linesFromRuns(
      [
        { text: "Sponsor", x: 60, y: 700, width: 50, height: 12 },
        { text: "Acme Learning", x: 230, y: 700, width: 90, height: 12 },
        { text: "Date:", x: 60, y: 670, width: 30, height: 12 },
        { text: "03/14/2025", x: 94, y: 670, width: 60, height: 12 },
      ],
      612,
      792,
    );
    expect(lines.map((l) => l.text)).toEqual(["Sponsor\tAcme Learning", "Date: 03/14/2025"]);
    expect(lines[0]!.box.y).toBeCloseTo((792 - 712) / 792, 3);
  });

  it("keeps the least sure OCR word's confidence for the line", () => {
    const [line] = linesFromWords(
      [
        { text: "CEUs:", x0: 10, y0: 10, x1: 60, y1: 30, confidence: 95 },
        { text: "1.5", x0: 66, y0: 10, x1: 90, y1: 30, confidence: 61 },
      ],
      1000,
      1000,
    );
    expect(line).toMatchObject({ text: "CEUs: 1.5", confidence: 0.61 });
  });

  it("reads a PNG's and a JPEG's size from the header", () => {
    const png = new Uint8Array(24);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    new DataView(png.buffer).setUint32(16, 1700);
    new DataView(png.buffer).setUint32(20, 2200);
    expect(imageSize(png)).toEqual({ width: 1700, height: 2200 });
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xc0, 0, 17, 8, 0x04, 0x4c, 0x06, 0x72, 3, 0, 0, 0]);
    expect(imageSize(jpeg)).toEqual({ width: 1650, height: 1100 });
    expect(imageSize(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});

describe("the corpus's designs", () => {
  it("has at least 40 certificates in at least 8 layouts", () => {
    const specs = corpusSpecs(45);
    expect(specs.length).toBeGreaterThanOrEqual(40);
    expect(new Set(specs.map((s) => s.layout)).size).toBe(layouts.length);
    expect(layouts.length).toBeGreaterThanOrEqual(8);
  });

  it("reads every field of every design back from where it is drawn", () => {
    const t = emptyTally();
    const wrong: string[] = [];
    for (const spec of corpusSpecs(45)) {
      const d = design(spec);
      const runs = d.items.map((i) => ({
        text: i.text,
        x: i.x,
        y: i.y,
        width: i.text.length * i.size * 0.5,
        height: i.size,
      }));
      const fields = extractFields([{ page: 1, method: "text", lines: linesFromRuns(runs, d.width, d.height) }]);
      wrong.push(...tally(t, spec.truth, fields).map((f) => `${spec.id}: ${f}`));
    }
    expect(wrong).toEqual([]);
    expect(scoredFields.every((f) => t[f].total === 45)).toBe(true);
  });
});
