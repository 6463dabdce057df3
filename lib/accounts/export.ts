import "server-only";
import { Zip, ZipDeflate, ZipPassThrough } from "fflate";
import { getProfile } from "@/lib/accounts/queries";
import { listEntries } from "@/lib/ceus/queries";
import { listCustomCredentials } from "@/lib/credentials/custom-credentials";
import { listHeld } from "@/lib/credentials/held-queries";
import { listMemberships } from "@/lib/credentials/memberships";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { todayIso } from "@/lib/dates";
import { exportTeams } from "@/lib/teams/export";

// "Download all my data": one ZIP with data.json (everything the person entered, plus what the app derived and
// stored for them, as plain JSON) and every certificate file they uploaded. Read from the owner's rows only. The
// password hash and the calendar feed's secret token are credentials, not data, and stay out.
//
// The ZIP is streamed: data.json first, then the certificates one at a time, each read from the database only when
// the download is ready for it, so an account with hundreds of scanned certificates never sits in memory at once.

export const EXPORT_FORMAT = "him-pathways-export/1";

export async function exportAccount(
  userId: string,
): Promise<{ filename: string; stream: ReadableStream<Uint8Array>; json: AccountExport }> {
  const [profile, user, held, custom, memberships, entries, plans, certificates, feed, notes, drafts, teams] =
    await Promise.all([
      getProfile(userId),
      db.user.findUnique({
        where: { id: userId },
        select: { createdAt: true, updatedAt: true, reminderDays: true, emailReminders: true, inAppReminders: true },
      }),
      listHeld(userId),
      listCustomCredentials(userId),
      listMemberships(userId),
      listEntries(userId),
      db.plan.findMany({
        where: { userId },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          name: true,
          objective: true,
          request: true,
          path: true,
          doneSteps: true,
          createdAt: true,
          updatedAt: true,
          targetRole: { select: { slug: true } },
        },
      }),
      db.ceuCertificate.findMany({
        where: { userId },
        orderBy: { entryId: "asc" },
        select: { entryId: true, filename: true },
      }),
      db.calendarFeed.findUnique({ where: { userId }, select: { createdAt: true } }),
      db.notification.findMany({
        where: { userId },
        orderBy: { createdAt: "asc" },
        select: { kind: true, title: true, body: true, link: true, createdAt: true, readAt: true },
      }),
      // Certificates read but not yet confirmed are the person's too: what was read, and the file itself.
      db.ceuDraft.findMany({
        where: { userId },
        orderBy: { createdAt: "asc" },
        select: { id: true, fileName: true, status: true, fields: true, error: true, createdAt: true, size: true },
      }),
      exportTeams(userId),
    ]);
  if (!profile || !user) throw new AppError("not_found", "No such account.");

  const fileOf = new Map(certificates.map((c) => [c.entryId, `certificates/${c.entryId}-${c.filename}`]));
  const json: AccountExport = {
    format: EXPORT_FORMAT,
    exportedOn: todayIso(),
    account: { ...profile, createdAt: user.createdAt.toISOString(), updatedAt: user.updatedAt.toISOString() },
    heldCredentials: held,
    customCredentials: custom,
    memberships,
    ceuEntries: entries.map((e) => ({ ...e, certificateFile: fileOf.get(e.id) ?? null })),
    plans: plans.map(({ targetRole, createdAt, updatedAt, ...p }) => ({
      ...p,
      target: targetRole.slug,
      createdAt: createdAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
    })),
    calendarFeed: feed ? { enabled: true, createdAt: feed.createdAt.toISOString() } : { enabled: false },
    // The unsubscribe link's key is a credential, like the feed's, and stays out.
    reminders: { days: user.reminderDays, email: user.emailReminders, inApp: user.inAppReminders },
    ceuDrafts: drafts.map((d) => ({
      ...d,
      createdAt: d.createdAt.toISOString(),
      file: d.status === "read" ? `drafts/${d.id}-${d.fileName}` : null,
    })),
    notifications: notes.map((n) => ({
      ...n,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    })),
    teams: teams.teams,
    accessLog: teams.accessLog,
  };
  const names = [
    ...certificates.map((c) => ({ entryId: c.entryId, name: fileOf.get(c.entryId)! })),
    ...drafts.filter((d) => d.status === "read").map((d) => ({ draftId: d.id, name: `drafts/${d.id}-${d.fileName}` })),
  ];
  return { filename: `him-pathways-data-${json.exportedOn}.zip`, stream: zipStream(userId, json, names), json };
}

function zipStream(
  userId: string,
  json: AccountExport,
  certificates: ({ entryId: string; name: string } | { draftId: string; name: string })[],
): ReadableStream<Uint8Array> {
  let zip: Zip;
  let next = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((err, chunk, final) => {
        if (err) return controller.error(err);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
      const data = new ZipDeflate("data.json", { level: 6 });
      zip.add(data);
      data.push(new TextEncoder().encode(JSON.stringify(json, null, 2)), true);
      if (certificates.length === 0) zip.end();
    },
    // One certificate per pull: read only when the reader wants more.
    async pull() {
      if (next >= certificates.length) return;
      const item = certificates[next++]!;
      const row =
        "entryId" in item
          ? await db.ceuCertificate.findFirst({ where: { entryId: item.entryId, userId }, select: { data: true } })
          : await db.ceuDraft.findFirst({ where: { id: item.draftId, userId }, select: { data: true } });
      // PDFs, PNGs and JPEGs are compressed already: stored as they are, not deflated again. (A certificate removed
      // since the listing leaves an empty file, so data.json's reference still resolves.)
      const file = new ZipPassThrough(item.name);
      zip.add(file);
      file.push(row?.data ? new Uint8Array(row.data) : new Uint8Array(), true);
      if (next >= certificates.length) zip.end();
    },
  });
}

export type AccountExport = {
  format: typeof EXPORT_FORMAT;
  exportedOn: string;
  account: Record<string, unknown>;
  heldCredentials: unknown[];
  customCredentials: unknown[];
  memberships: unknown[];
  ceuEntries: (Record<string, unknown> & { certificateFile: string | null })[];
  plans: Record<string, unknown>[];
  calendarFeed: { enabled: boolean; createdAt?: string };
  reminders: { days: number[]; email: boolean; inApp: boolean };
  notifications: Record<string, unknown>[];
  ceuDrafts: (Record<string, unknown> & { file: string | null })[];
  /** Teams I am in, my role and what I share; and who looked at what of mine through a team. */
  teams: unknown[];
  accessLog: unknown[];
};
