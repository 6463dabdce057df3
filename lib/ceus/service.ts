import "server-only";
import { db } from "@/lib/db";
import { AppError, parseOrThrow, zodIssues } from "@/lib/errors";
import { todayIso } from "@/lib/dates";
import { getEntry, type CeuEntryView } from "@/lib/ceus/queries";
import { countableCodes } from "@/lib/credentials/custom-credentials";
import { ceuEntryPatchSchema, ceuEntrySchema, type CeuEntryInput } from "@/lib/ceus/validation";

// Logging CEUs. One row per activity; the compliance engine decides where each counts. Writes are scoped to the
// owner; edits compare the version so two tabs cannot overwrite each other silently.

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
const notFound = () => new AppError("not_found", "No such CEU entry.");

async function checkCodes(userId: string, appliesTo: string[]) {
  if (!appliesTo.length) return;
  const known = await countableCodes(userId);
  const unknown = appliesTo.filter((c) => !known.has(c));
  if (unknown.length)
    throw AppError.validation([
      { path: "appliesTo", message: `No credential ${unknown.join(", ")} in the catalog or on your record.` },
    ]);
}

export function checkNotFuture(iso: string, today: string, path = "date") {
  if (iso > today) throw AppError.validation([{ path, message: `A CEU cannot be dated after today (${today}).` }]);
}

/** Validates an entry fully (shape, date, codes) without writing, naming every bad field at once. */
export async function validateEntry(userId: string, input: unknown, today = todayIso()): Promise<CeuEntryInput> {
  const parsed = ceuEntrySchema.safeParse(input);
  const issues = parsed.success ? [] : zodIssues(parsed.error);
  const date = (input as { date?: unknown } | null)?.date;
  if (
    typeof date === "string" &&
    /^\d{4}-\d{2}-\d{2}$/.test(date) &&
    date > today &&
    !issues.some((i) => i.path === "date")
  ) {
    issues.push({ path: "date", message: `A CEU cannot be dated after today (${today}).` });
  }
  if (issues.length) throw AppError.validation(issues);
  const v = parsed.data!;
  await checkCodes(userId, v.appliesTo);
  return v;
}

export const entryData = (v: CeuEntryInput) => ({
  date: date(v.date),
  title: v.title,
  provider: v.provider,
  ceus: v.ceus,
  topics: v.topics,
  hiimDomain: v.hiimDomain,
  source: v.source,
  indexNumber: v.indexNumber,
  externalBody: v.externalBody,
  notes: v.notes,
  appliesTo: v.appliesTo,
});

export async function createEntry(userId: string, input: unknown, today = todayIso()): Promise<CeuEntryView> {
  const v = await validateEntry(userId, input, today);
  const row = await db.ceuEntry.create({ data: { userId, ...entryData(v) }, select: { id: true } });
  return (await getEntry(userId, row.id))!;
}

export async function updateEntry(
  userId: string,
  id: string,
  input: unknown,
  today = todayIso(),
): Promise<CeuEntryView> {
  const patch = parseOrThrow(ceuEntryPatchSchema, input);
  const current = await getEntry(userId, id);
  if (!current) throw notFound();
  if (patch.date) checkNotFuture(patch.date, today);
  if (patch.appliesTo) await checkCodes(userId, patch.appliesTo);
  const { version, ...fields } = patch;
  const data: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(fields))
    if (val !== undefined) data[k] = k === "date" ? date(val as string) : val;
  const { count } = await db.ceuEntry.updateMany({
    where: { id, userId, version: version ?? current.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0)
    throw new AppError("conflict", "This entry was changed elsewhere; reload and try again.", [
      { path: "version", message: "Stale version." },
    ]);
  return (await getEntry(userId, id))!;
}

export async function deleteEntry(userId: string, id: string): Promise<void> {
  const { count } = await db.ceuEntry.deleteMany({ where: { id, userId } });
  if (count === 0) throw notFound();
}
