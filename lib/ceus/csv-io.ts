import "server-only";
import { db } from "@/lib/db";
import { AppError, zodIssues } from "@/lib/errors";
import { countableCodes } from "@/lib/credentials/custom-credentials";
import { CSV_COLUMNS, parseCsv, toCsv, type CsvColumn } from "@/lib/ceus/csv";
import { listEntries } from "@/lib/ceus/queries";
import { entryData } from "@/lib/ceus/service";
import { ceuEntrySchema, type CeuEntryInput } from "@/lib/ceus/validation";
import { isoOf, todayIso } from "@/lib/dates";

// CSV export and import of the CEU log. Import checks every row first (line, field, reason) and writes nothing
// unless every row is valid and the person confirmed; rows already in the log are skipped, not doubled.

export const MAX_IMPORT_BYTES = 1024 * 1024;
export const MAX_IMPORT_ROWS = 2000;

const yes = (v: boolean) => (v ? "yes" : "no");

export async function exportCsv(userId: string): Promise<string> {
  const entries = await listEntries(userId);
  return toCsv(
    entries.map((e) => ({
      date: e.date,
      title: e.title,
      provider: e.provider ?? "",
      ceus: String(e.ceus),
      topics: e.topics.join(";"),
      hiim_domain: yes(e.hiimDomain),
      source: e.source,
      index_number: e.indexNumber ?? "",
      external_body: yes(e.externalBody),
      applies_to: e.appliesTo.join(";"),
      notes: e.notes ?? "",
      certificate: e.certificate?.filename ?? "",
    })),
  );
}

export type ImportRow = {
  line: number;
  status: "ok" | "duplicate" | "error";
  entry?: CeuEntryInput;
  errors: { line: number; field: string; message: string }[];
};

const list = (s: string) =>
  s
    .split(/[;|]/)
    .map((x) => x.trim())
    .filter(Boolean);
function flag(v: string): boolean | string {
  const t = v.trim().toLowerCase();
  if (["", "no", "n", "false", "0"].includes(t)) return false;
  if (["yes", "y", "true", "1"].includes(t)) return true;
  return v; // left for the schema to refuse, naming the column
}

/** Checks a CSV against the rules of a single entry; nothing is written. */
export async function checkImport(
  userId: string,
  text: string,
  today = todayIso(),
): Promise<{ rows: ImportRow[]; problems: string[] }> {
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES)
    throw new AppError("payload_too_large", "A CSV import can be at most 1 MB.");
  let parsed: { line: number; cells: string[] }[];
  try {
    parsed = parseCsv(text);
  } catch (err) {
    throw AppError.validation([{ path: "csv", message: (err as Error).message }]);
  }
  if (parsed.length === 0) throw AppError.validation([{ path: "csv", message: "The file is empty." }]);
  const header = parsed[0]!.cells.map((h) => h.trim().toLowerCase());
  const missing = ["date", "title", "ceus"].filter((c) => !header.includes(c));
  if (missing.length)
    throw AppError.validation([
      { path: "csv", message: `The first row must name the columns; missing: ${missing.join(", ")}.` },
    ]);
  const unknown = header.filter((h) => h && !(CSV_COLUMNS as readonly string[]).includes(h));
  const body = parsed.slice(1);
  if (body.length > MAX_IMPORT_ROWS)
    throw AppError.validation([{ path: "csv", message: `At most ${MAX_IMPORT_ROWS} rows per import.` }]);

  const existing = await db.ceuEntry.findMany({ where: { userId }, select: { date: true, title: true, ceus: true } });
  const seen = new Set(existing.map((e) => `${isoOf(e.date)}|${e.title.trim().toLowerCase()}|${e.ceus.toNumber()}`));
  const codes = await countableCodes(userId);

  const rows: ImportRow[] = body.map(({ line, cells }) => {
    const get = (c: CsvColumn) => (header.indexOf(c) >= 0 ? (cells[header.indexOf(c)] ?? "").trim() : "");
    const candidate = {
      date: get("date"),
      title: get("title"),
      provider: get("provider") || null,
      ceus: get("ceus") === "" ? undefined : Number(get("ceus").replace(",", ".")),
      topics: list(get("topics")).map((t) => t.toLowerCase().replace(/[\s-]+/g, "_")),
      hiimDomain: flag(get("hiim_domain")),
      source: get("source") ? get("source").toLowerCase() : undefined,
      indexNumber: get("index_number") || null,
      externalBody: flag(get("external_body")),
      appliesTo: list(get("applies_to")),
      notes: get("notes") || null,
    };
    const parsedRow = ceuEntrySchema.safeParse(candidate);
    const toColumn: Record<string, string> = {
      hiimDomain: "hiim_domain",
      indexNumber: "index_number",
      externalBody: "external_body",
      appliesTo: "applies_to",
    };
    if (!parsedRow.success) {
      return {
        line,
        status: "error",
        errors: zodIssues(parsedRow.error).map((i) => {
          const key = i.path.split(".")[0]!;
          return { line, field: toColumn[key] ?? key, message: i.message };
        }),
      };
    }
    const v = parsedRow.data;
    const errors: ImportRow["errors"] = [];
    if (v.date > today) errors.push({ line, field: "date", message: `A CEU cannot be dated after today (${today}).` });
    const bad = v.appliesTo.filter((c) => !codes.has(c));
    if (bad.length)
      errors.push({
        line,
        field: "applies_to",
        message: `No credential ${bad.join(", ")} in the catalog or on your record.`,
      });
    if (errors.length) return { line, status: "error", errors };
    const key = `${v.date}|${v.title.trim().toLowerCase()}|${v.ceus}`;
    if (seen.has(key)) return { line, status: "duplicate", entry: v, errors: [] };
    seen.add(key);
    return { line, status: "ok", entry: v, errors: [] };
  });
  const problems = unknown.length ? [`Columns ignored: ${unknown.join(", ")}.`] : [];
  return { rows, problems };
}

/** Imports every new row in one transaction, or nothing at all when any row has an error. */
export async function importCsv(userId: string, text: string, today = todayIso()) {
  const { rows, problems } = await checkImport(userId, text, today);
  const errors = rows.flatMap((r) => r.errors);
  if (errors.length) {
    throw AppError.validation(
      errors.map((e) => ({ path: `line ${e.line}.${e.field}`, message: e.message })),
      `${errors.length} ${errors.length === 1 ? "problem" : "problems"} found; nothing was imported.`,
    );
  }
  const fresh = rows.filter((r) => r.status === "ok").map((r) => r.entry!);
  await db.$transaction(async (tx) => {
    await tx.ceuEntry.createMany({ data: fresh.map((v) => ({ userId, ...entryData(v) })) });
  });
  return { imported: fresh.length, duplicates: rows.filter((r) => r.status === "duplicate").length, problems };
}
