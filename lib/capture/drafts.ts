import "server-only";
import { randomUUID } from "node:crypto";
import { activityKey, proposedEntry, toDraftView, type DraftView, type Duplicate } from "@/lib/capture/draft-view";
import { readCertificate } from "@/lib/capture/read-certificate";
import type { ExtractedFields } from "@/lib/capture/types";
import { extensionOf } from "@/lib/ceus/certificate-type";
import { safeFilename } from "@/lib/ceus/certificates";
import { getEntry, type CeuEntryView } from "@/lib/ceus/queries";
import { entryData, validateEntry } from "@/lib/ceus/service";
import { db } from "@/lib/db";
import { isoOf, todayIso } from "@/lib/dates";
import { AppError } from "@/lib/errors";

// Certificates read into drafts, and drafts confirmed into CEU entries. A batch is read first and written in one
// statement, so a failure leaves nothing half-written; a confirmed draft goes through the same validation as a
// typed entry and becomes the entry, its certificate and the draft's removal in one transaction.

export const MAX_BATCH_FILES = 50;
/** Drafts waiting at once: enough for years of certificates, few enough to bound what one account stores. */
export const MAX_PENDING_DRAFTS = 200;

const draftSelect = {
  id: true,
  fileName: true,
  status: true,
  fields: true,
  error: true,
  mimeType: true,
  size: true,
  createdAt: true,
  sha256: true,
} as const;

const cleanName = (name: string) =>
  (name.split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 200) || "certificate";

/** Reads every file and stores one draft for each (read or failed); the answer lists them in upload order. */
export async function createDrafts(userId: string, files: { name: string; data: Uint8Array }[]): Promise<DraftView[]> {
  if (!files.length)
    throw AppError.validation([{ path: "file", message: 'Attach at least one file in a "file" field.' }]);
  if (files.length > MAX_BATCH_FILES)
    throw AppError.validation([{ path: "file", message: `Upload at most ${MAX_BATCH_FILES} files at a time.` }]);
  const pending = await db.ceuDraft.count({ where: { userId } });
  if (pending + files.length > MAX_PENDING_DRAFTS)
    throw new AppError(
      "conflict",
      `You have ${pending} drafts waiting (at most ${MAX_PENDING_DRAFTS}): confirm or delete some, then upload again.`,
    );
  const results = await Promise.all(files.map((f) => readCertificate(f.data)));
  const now = Date.now();
  const rows = files.map((f, i) => {
    const r = results[i]!;
    // One millisecond apart, so the list keeps the upload's order (and "the first of two copies" is well defined).
    const createdAt = new Date(now + i);
    const base = { id: randomUUID(), userId, fileName: cleanName(f.name), size: f.data.byteLength, createdAt };
    return r.ok
      ? { ...base, status: "read", mimeType: r.mime, sha256: r.sha256, data: Buffer.from(f.data), fields: r.fields }
      : { ...base, status: "failed", sha256: r.sha256 ?? null, error: r.error, fields: {} };
  });
  await db.ceuDraft.createMany({ data: rows });
  const views = await listDrafts(userId);
  const byId = new Map(views.map((v) => [v.id, v]));
  return rows.map((r) => byId.get(r.id)!);
}

/** The person's drafts, oldest first, each with what it would double (a file or activity already logged). */
export async function listDrafts(userId: string): Promise<DraftView[]> {
  const rows = await db.ceuDraft.findMany({
    where: { userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: draftSelect,
  });
  const shas = [...new Set(rows.filter((r) => r.status === "read" && r.sha256).map((r) => r.sha256!))];
  const dates = [
    ...new Set(rows.map((r) => (r.fields as ExtractedFields).date?.value).filter((d): d is string => !!d)),
  ].map((d) => new Date(`${d}T00:00:00Z`));
  const [certs, entries] = await Promise.all([
    shas.length
      ? db.ceuCertificate.findMany({ where: { userId, sha256: { in: shas } }, select: { entryId: true, sha256: true } })
      : [],
    dates.length
      ? db.ceuEntry.findMany({
          where: { userId, date: { in: dates } },
          select: { id: true, date: true, title: true, ceus: true },
        })
      : [],
  ]);
  const entryBySha = new Map(certs.map((c) => [c.sha256, c.entryId]));
  const entryByKey = new Map(entries.map((e) => [activityKey(isoOf(e.date), e.title, e.ceus.toNumber()), e.id]));
  const firstDraftBySha = new Map<string, string>();
  return rows.map((row) => {
    let dup: Duplicate | undefined;
    if (row.status === "read" && row.sha256) {
      const entryId = entryBySha.get(row.sha256);
      const earlier = firstDraftBySha.get(row.sha256);
      if (entryId) dup = sameFileAsEntry(entryId);
      else if (earlier)
        dup = {
          reason: "same_file",
          draftId: earlier,
          href: `#draft-${earlier}`,
          message: "The same file is already waiting as another draft.",
        };
      else firstDraftBySha.set(row.sha256, row.id);
      const f = row.fields as ExtractedFields;
      const key = f.date && f.title && f.ceus ? activityKey(f.date.value, f.title.value, f.ceus.value) : null;
      const same = key ? entryByKey.get(key) : undefined;
      if (!dup && same) dup = sameActivity(same);
    }
    return toDraftView(row, dup);
  });
}

const sameFileAsEntry = (entryId: string): Duplicate => ({
  reason: "same_file",
  entryId,
  href: `/ceus#entry-${entryId}`,
  message: "This certificate file is already attached to a CEU entry.",
});
const sameActivity = (entryId: string): Duplicate => ({
  reason: "same_activity",
  entryId,
  href: `/ceus#entry-${entryId}`,
  message: "A CEU entry with the same date, title and CEUs is already logged.",
});

export async function deleteDraft(userId: string, id: string): Promise<void> {
  const { count } = await db.ceuDraft.deleteMany({ where: { id, userId } });
  if (count === 0) throw new AppError("not_found", "No such draft.");
}

/**
 * Confirms a draft: what was read, with the person's changes on top, validated exactly as a typed entry (422 naming
 * the field, nothing written). A draft that would double an entry is refused (409) unless `keepDuplicate` is set.
 */
export async function confirmDraft(
  userId: string,
  id: string,
  changes: Record<string, unknown>,
  today = todayIso(),
): Promise<CeuEntryView> {
  const draft = await db.ceuDraft.findFirst({
    where: { id, userId },
    select: { status: true, fields: true, fileName: true, mimeType: true, size: true, sha256: true, data: true },
  });
  if (!draft) throw new AppError("not_found", "No such draft.");
  if (draft.status !== "read" || !draft.data || !draft.mimeType || !draft.sha256)
    throw new AppError("conflict", "This file could not be read, so there is nothing to confirm; delete the draft.");
  const { keepDuplicate, ...overrides } = changes;
  const input = { ...proposedEntry(draft.fields as ExtractedFields), ...overrides };
  const v = await validateEntry(userId, input, today);
  if (keepDuplicate !== true) {
    const dup = await duplicateOfEntry(userId, draft.sha256, v.date, v.title, v.ceus);
    if (dup)
      throw new AppError("conflict", `${dup.message} Open it at ${dup.href}, or confirm with "keepDuplicate": true.`, [
        { path: "duplicateOf", message: dup.message },
      ]);
  }
  const ext = extensionOf(draft.mimeType!);
  const entryId = await db.$transaction(async (tx) => {
    const { count } = await tx.ceuDraft.deleteMany({ where: { id, userId } });
    // Confirmed twice at once (two tabs): the second finds the draft gone and writes nothing.
    if (count === 0) throw new AppError("not_found", "No such draft (it may have been confirmed already).");
    const entry = await tx.ceuEntry.create({ data: { userId, ...entryData(v) }, select: { id: true } });
    await tx.ceuCertificate.create({
      data: {
        entryId: entry.id,
        userId,
        filename: safeFilename(draft.fileName, ext),
        mimeType: draft.mimeType!,
        size: draft.size,
        sha256: draft.sha256!,
        data: draft.data!,
      },
    });
    return entry.id;
  });
  return (await getEntry(userId, entryId))!;
}

async function duplicateOfEntry(userId: string, sha256: string, date: string, title: string, ceus: number) {
  const cert = await db.ceuCertificate.findFirst({ where: { userId, sha256 }, select: { entryId: true } });
  if (cert) return sameFileAsEntry(cert.entryId);
  const entries = await db.ceuEntry.findMany({
    where: { userId, date: new Date(`${date}T00:00:00Z`) },
    select: { id: true, title: true, ceus: true },
  });
  const key = activityKey(date, title, ceus);
  const same = entries.find((e) => activityKey(date, e.title, e.ceus.toNumber()) === key);
  return same ? sameActivity(same.id) : null;
}
