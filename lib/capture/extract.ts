import { findDates } from "@/lib/capture/dates";
import { amounts, boilerplate, labels, orgWords } from "@/lib/capture/line-rules";
import { topicsIn } from "@/lib/capture/topics";
import type { Approval, ExtractedFields, FieldReading, FieldSource, PageText, TextLine } from "@/lib/capture/types";

// From the lines of a certificate to the fields of a CEU entry, each with how sure the reading is and where it
// came from. A field read next to its label is trusted more than one guessed from position; an OCR line passes its
// own confidence on. Pure: the PDF and OCR readers are adapters elsewhere.

type Line = TextLine & { page: number; method: "text" | "ocr"; at: number };
type Candidate<T> = { value: T; base: number; line: Line; note?: string };

const HOURS_NOTE =
  "Read from contact or CE hours and counted one for one as CEUs (an assumption; check what your body allows).";
const ACADEMIC_NOTE = "Academic credits converted at 5 CE hours each (HIMSS's rule); check your body's rule.";

const sourceOf = (l: Line): FieldSource => ({
  page: l.page,
  box: l.box,
  text: l.text.replace(/\t/g, "  "),
  method: l.method,
});

function reading<T>(c: Candidate<T> | undefined): FieldReading<T> | undefined {
  if (!c) return undefined;
  const confidence = Math.round(c.base * c.line.confidence * 100) / 100;
  return { value: c.value, confidence, source: sourceOf(c.line), ...(c.note ? { note: c.note } : {}) };
}

/** OCR reads 0 as O and 1 as l or I inside numbers; fix only tokens that are mostly digits already. */
export function fixDigits(text: string): string {
  return text.replace(/[0-9OolIS|.,/-]{4,}/g, (t) =>
    (t.match(/\d/g)?.length ?? 0) >= t.length / 2
      ? t.replace(/[Oo]/g, "0").replace(/[lI|]/g, "1").replace(/S/g, "5")
      : t,
  );
}

export const cleanText = (s: string) =>
  s
    .replace(/\s+/g, " ")
    .replace(/^[\s"“”'‘’«»:\-–|]+|[\s"“”'‘’«»,;:|]+$/g, "")
    .replace(/\.$/, "")
    .trim();

const best = <T>(cs: Candidate<T>[]) =>
  cs.reduce<Candidate<T> | undefined>((b, c) => (!b || c.base > b.base ? c : b), undefined);

function dateOf(lines: Line[]): Candidate<string> | undefined {
  const cs: Candidate<string>[] = [];
  lines.forEach((l, i) => {
    const text = l.method === "ocr" ? fixDigits(l.text) : l.text;
    if (labels.ignoreDate.test(text)) return;
    const prev = lines[i - 1];
    // A label alone on the line above ("Date of completion" over the date) labels this line's date too.
    const labelAbove =
      prev && prev.text.replace(labels.date, "").replace(/[\s:]/g, "") === "" && labels.date.test(prev.text);
    const labelled = labels.date.test(text) || labelAbove;
    for (const d of findDates(text)) cs.push({ value: d.iso, base: labelled ? 0.95 : 0.8, line: l });
  });
  if (!cs.length) return undefined;
  const top = Math.max(...cs.map((c) => c.base));
  const tops = cs.filter((c) => c.base === top);
  // A transcript lists each session's date: the activity is complete on the last of them.
  const latest = tops.reduce((a, b) => (b.value > a.value ? b : a));
  const distinct = new Set(tops.map((c) => c.value)).size;
  return distinct > 1 && top < 0.95 ? { ...latest, base: 0.6 } : latest;
}

function amountOf(text: string): { value: number; base: number; note?: string } | null {
  const academic = amounts.academic.exec(text);
  if (academic) return { value: Number(academic[1]) * 5, base: 0.6, note: ACADEMIC_NOTE };
  const ceu = amounts.ceuAfter.exec(text) ?? amounts.ceuBefore.exec(text);
  if (ceu) return { value: Number(ceu[1]), base: 0.9 };
  const hours = amounts.hoursAfter.exec(text) ?? amounts.hoursBefore.exec(text);
  if (hours) return { value: Number(hours[1]), base: 0.75, note: HOURS_NOTE };
  return null;
}

function ceusOf(lines: Line[]): Candidate<number> | undefined {
  const cs: (Candidate<number> & { total: boolean })[] = [];
  for (const l of lines) {
    const text = l.method === "ocr" ? fixDigits(l.text) : l.text;
    const a = amountOf(text);
    if (!a || !(a.value > 0 && a.value <= 100)) continue;
    cs.push({ ...a, line: l, total: amounts.total.test(text) });
  }
  const totals = cs.filter((c) => c.total);
  if (totals.length) return { ...totals[totals.length - 1]!, base: 0.95 };
  const units = cs.filter((c) => !c.note);
  const pool = units.length ? units : cs;
  if (!pool.length) return undefined;
  const distinct = new Set(pool.map((c) => c.value));
  // Several different amounts and no total: a session list without its sum. Offer the largest, for attention.
  if (distinct.size > 1) return { ...pool.reduce((a, b) => (b.value > a.value ? b : a)), base: 0.5 };
  return pool[0];
}

function titleOf(lines: Line[]): Candidate<string> | undefined {
  const cs: Candidate<string>[] = [];
  lines.forEach((l, i) => {
    const labelled = labels.title.exec(l.text);
    if (labelled) cs.push({ value: cleanText(labelled[1]!), base: 0.92, line: l });
    const lead = labels.titleLead.exec(l.text);
    if (lead) {
      const rest = cleanText(lead[1]!);
      const next = lines[i + 1];
      if (rest.length >= 3) cs.push({ value: rest, base: 0.85, line: l });
      else if (next && !boilerplate.test(next.text))
        cs.push({ value: cleanText(next.text.split("\t")[0]!), base: 0.85, line: next });
    }
    const quoted = /^\s*["“']([^"”']{3,})["”']\s*$/.exec(l.text);
    if (quoted) cs.push({ value: cleanText(quoted[1]!), base: 0.75, line: l });
  });
  return best(cs.filter((c) => c.value.length >= 3 && c.value.length <= 200 && !findDates(c.value).length));
}

function providerOf(lines: Line[]): Candidate<string> | undefined {
  const cs: Candidate<string>[] = [];
  lines.forEach((l, i) => {
    const m =
      labels.providerLabel.exec(l.text) ?? labels.providerBy.exec(l.text) ?? labels.providerCertifies.exec(l.text);
    if (m) {
      const value = cleanText(m[1]!.replace(/\s+(?:on|for)\s+.*$/i, ""));
      if (/[A-Za-z]{3}/.test(value) && !/^[#\d]/.test(value) && !/^(this|we|it|the undersigned)\b/i.test(value))
        cs.push({ value, base: 0.9, line: l });
    }
    // A letterhead: an organisation's name among the first lines, above the certificate's own wording.
    if (i < 3 && orgWords.test(l.text) && !boilerplate.test(l.text) && !/\d{4}/.test(l.text))
      cs.push({ value: cleanText(l.text.split("\t")[0]!), base: 0.6, line: l });
  });
  return best(cs.filter((c) => c.value.length <= 200));
}

function indexOf(lines: Line[]): Candidate<string> | undefined {
  for (const l of lines) {
    const m = labels.index.exec(l.text);
    if (m) return { value: m[1]!.toUpperCase(), base: 0.95, line: l };
  }
  return undefined;
}

function approvalsOf(lines: Line[]): Candidate<Approval[]> | undefined {
  const found: Approval[] = [];
  let first: Line | undefined;
  for (const l of lines) {
    for (const m of l.text.matchAll(labels.approval)) {
      const body = m[1]!.toUpperCase() as Approval["body"];
      if (!found.some((a) => a.body === body)) found.push({ body, number: m[2]!.toUpperCase() });
      first ??= l;
    }
  }
  return first ? { value: found, base: 0.9, line: first } : undefined;
}

function topicsOf(lines: Line[]): Candidate<string[]> | undefined {
  for (const l of lines) {
    const m = labels.topics.exec(l.text);
    const topics = m ? topicsIn(m[1]!) : [];
    if (topics.length) return { value: topics, base: 0.9, line: l };
  }
  return undefined;
}

/** Every field the pages show, each with its confidence (0–1) and source. Missing fields are left out. */
export function extractFields(pages: PageText[]): ExtractedFields {
  const lines: Line[] = pages.flatMap((p) =>
    p.lines.filter((l) => l.text.trim()).map((l, at) => ({ ...l, page: p.page, method: p.method, at })),
  );
  const out: ExtractedFields = {
    date: reading(dateOf(lines)),
    title: reading(titleOf(lines)),
    provider: reading(providerOf(lines)),
    ceus: reading(ceusOf(lines)),
    indexNumber: reading(indexOf(lines)),
    approvals: reading(approvalsOf(lines)),
    topics: reading(topicsOf(lines)),
  };
  for (const k of Object.keys(out) as (keyof ExtractedFields)[]) if (!out[k]) delete out[k];
  return out;
}
