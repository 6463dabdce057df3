import "server-only";
import { zipSync, type Zippable } from "fflate";
import { db } from "@/lib/db";
import { getCompliance } from "@/lib/credentials/compliance-queries";
import { exportCsv } from "@/lib/ceus/csv-io";
import { summaryPdf } from "@/lib/ceus/pdf-summary";
import { listEntries } from "@/lib/ceus/queries";

// The audit packet: a ZIP with a PDF summary, the CEU log as CSV, and every certificate, named so an auditor can
// match each file to its entry. Built from the owner's rows only.

const slug = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/\s+/g, "-")
    .slice(0, 40)
    .toLowerCase() || "entry";

export async function auditPacket(userId: string, asOf: string): Promise<Uint8Array> {
  const [user, { items }, entries, certificates, csv] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true } }),
    getCompliance(userId, { asOf }),
    listEntries(userId),
    db.ceuCertificate.findMany({ where: { userId }, select: { entryId: true, filename: true, data: true } }),
    exportCsv(userId),
  ]);
  const byEntry = new Map(entries.map((e) => [e.id, e]));
  const files: Zippable = {
    "summary.pdf": await summaryPdf({ name: user.name, email: user.email, asOf, items, entries }),
    "ceus.csv": new TextEncoder().encode(csv),
  };
  for (const c of certificates) {
    const e = byEntry.get(c.entryId);
    const ext = c.filename.split(".").pop() ?? "bin";
    // Already-compressed formats: stored, not recompressed.
    files[`certificates/${e?.date ?? "undated"}-${slug(e?.title ?? "entry")}-${c.entryId.slice(0, 8)}.${ext}`] = [
      new Uint8Array(c.data),
      { level: 0 },
    ];
  }
  return zipSync(files, { level: 6 });
}
