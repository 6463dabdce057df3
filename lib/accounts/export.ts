import { zipSync, type Zippable } from "fflate";
import { getProfile } from "@/lib/accounts/queries";
import { listEntries } from "@/lib/ceus/queries";
import { listHeld } from "@/lib/credentials/held-queries";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { todayIso } from "@/lib/ladder/dates";

// "Download all my data": one ZIP with data.json (everything the person entered, plus what the app derived and
// stored for them, as plain JSON) and every certificate file they uploaded. Read from the owner's rows only. The
// password hash and the calendar feed's secret token are credentials, not data, and stay out.

export const EXPORT_FORMAT = "him-pathways-export/1";

export async function exportAccount(userId: string): Promise<{ filename: string; zip: Uint8Array; json: AccountExport }> {
  const [profile, user, held, entries, plans, certificates, feed] = await Promise.all([
    getProfile(userId),
    db.user.findUnique({ where: { id: userId }, select: { createdAt: true, updatedAt: true } }),
    listHeld(userId),
    listEntries(userId),
    db.plan.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, objective: true, request: true, path: true, doneSteps: true, createdAt: true, updatedAt: true, targetRole: { select: { slug: true } } },
    }),
    db.ceuCertificate.findMany({ where: { userId }, select: { entryId: true, filename: true, mimeType: true, size: true, data: true } }),
    db.calendarFeed.findUnique({ where: { userId }, select: { createdAt: true } }),
  ]);
  if (!profile || !user) throw new AppError("not_found", "No such account.");

  const fileOf = new Map(certificates.map((c) => [c.entryId, `certificates/${c.entryId}-${c.filename}`]));
  const json: AccountExport = {
    format: EXPORT_FORMAT,
    exportedOn: todayIso(),
    account: { ...profile, createdAt: user.createdAt.toISOString(), updatedAt: user.updatedAt.toISOString() },
    heldCredentials: held,
    ceuEntries: entries.map((e) => ({ ...e, certificateFile: fileOf.get(e.id) ?? null })),
    plans: plans.map(({ targetRole, createdAt, updatedAt, ...p }) => ({ ...p, target: targetRole.slug, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() })),
    calendarFeed: feed ? { enabled: true, createdAt: feed.createdAt.toISOString() } : { enabled: false },
  };
  const files: Zippable = { "data.json": new TextEncoder().encode(JSON.stringify(json, null, 2)) };
  // PDFs, PNGs and JPEGs are compressed already: stored as they are, the ZIP costs a copy, not seconds of CPU.
  for (const c of certificates) files[fileOf.get(c.entryId)!] = [new Uint8Array(c.data), { level: 0 }];
  return { filename: `him-pathways-data-${json.exportedOn}.zip`, zip: zipSync(files, { level: 6 }), json };
}

export type AccountExport = {
  format: typeof EXPORT_FORMAT;
  exportedOn: string;
  account: Record<string, unknown>;
  heldCredentials: unknown[];
  ceuEntries: (Record<string, unknown> & { certificateFile: string | null })[];
  plans: Record<string, unknown>[];
  calendarFeed: { enabled: boolean; createdAt?: string };
};
