import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { MAX_CERTIFICATE_BYTES, certificateMessages, sniffType } from "@/lib/ceus/certificate-type";
import { AppError } from "@/lib/errors";

// Certificate files for CEU entries, stored with the entry and served only to its owner. What a file may be lives
// in certificate-type.ts.

/** A safe file name: no folders, no control characters, the right extension for what the file really is. */
export function safeFilename(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f"<>:|?*]/g, "")
    .replace(/\.[A-Za-z0-9]{1,5}$/, "")
    .trim()
    .slice(0, 100);
  return `${base || "certificate"}.${ext}`;
}

export async function attachCertificate(userId: string, entryId: string, file: { name: string; data: Uint8Array }) {
  const entry = await db.ceuEntry.findFirst({ where: { id: entryId, userId }, select: { id: true } });
  if (!entry) throw new AppError("not_found", "No such CEU entry.");
  if (file.data.byteLength === 0) throw AppError.validation([{ path: "file", message: certificateMessages.empty }]);
  if (file.data.byteLength > MAX_CERTIFICATE_BYTES) {
    throw new AppError("payload_too_large", "Certificates can be at most 10 MB.", [
      { path: "file", message: certificateMessages.tooLarge },
    ]);
  }
  const type = sniffType(file.data);
  if (!type) throw AppError.validation([{ path: "file", message: certificateMessages.wrongType }]);
  const fields = {
    filename: safeFilename(file.name, type.ext),
    mimeType: type.mime,
    size: file.data.byteLength,
    sha256: createHash("sha256").update(file.data).digest("hex"),
    data: Buffer.from(file.data),
  };
  const row = await db.ceuCertificate.upsert({
    where: { entryId },
    create: { entryId, userId, ...fields },
    update: fields,
    select: { filename: true, mimeType: true, size: true, sha256: true },
  });
  return row;
}

/** The owner's certificate for an entry, or null (also for other users' entries). */
export async function getCertificate(userId: string, entryId: string) {
  return db.ceuCertificate.findFirst({
    where: { entryId, userId },
    select: { filename: true, mimeType: true, size: true, data: true },
  });
}

export async function removeCertificate(userId: string, entryId: string) {
  const { count } = await db.ceuCertificate.deleteMany({ where: { entryId, userId } });
  if (count === 0) throw new AppError("not_found", "This entry has no certificate.");
}
