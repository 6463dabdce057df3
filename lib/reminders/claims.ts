import "server-only";
import { db } from "@/lib/db";
import { addDays } from "@/lib/dates";
import type { DueReminder } from "@/lib/reminders/due";
import type { ReminderEntry } from "@/lib/reminders/wording";

// The database side of exactly-once. A person's day is claimed by inserting their ReminderDigest row (unique per
// person and day) and each reminder by inserting its ReminderClaim (unique per person, deadline and offset), both
// with ON CONFLICT DO NOTHING and in one transaction with the in-app notifications, BEFORE any email is sent:
// whichever pass inserts first owns them, a racing pass gets nothing back and moves on. A digest being sent holds
// a lease (nextAttemptAt); a failed one waits out its backoff, and a later pass takes it back with one atomic
// UPDATE … WHERE status … AND "nextAttemptAt" <= now, so two passes never both retry it.

export const LEASE_MS = 30 * 60_000;
export const MAX_ATTEMPTS = 10;
const FIRST_BACKOFF_MS = 5 * 60_000;
const MAX_BACKOFF_MS = 6 * 60 * 60_000;

/** 5 minutes after the first failure, doubling, at most 6 hours apart. */
export const backoffMs = (attempt: number) => Math.min(FIRST_BACKOFF_MS * 2 ** (attempt - 1), MAX_BACKOFF_MS);

export const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

export type DayClaim = {
  digestId: string;
  /** Reminders this pass won, to go by email (the digest's content). */
  email: DueReminder[];
  /** How many reminders this pass won in all (email, in-app or both). */
  claimed: number;
};

/**
 * Claims the person's day and the reminders due on it; null when another pass already has the day. The in-app
 * notifications are written in the same transaction, so they exist exactly when the claims do.
 */
export async function claimDay(
  userId: string,
  day: string,
  due: DueReminder[],
  entries: Map<DueReminder, ReminderEntry>,
  now: Date,
): Promise<DayClaim | null> {
  return db.$transaction(async (tx) => {
    const [digest] = await tx.reminderDigest.createManyAndReturn({
      data: [{ userId, day: dateOf(day), status: "pending", attempts: 1, nextAttemptAt: new Date(+now + LEASE_MS) }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (!digest) return null;
    const won = due.length
      ? await tx.reminderClaim.createManyAndReturn({
          data: due.map((d) => ({
            userId,
            deadlineKey: d.deadlineKey,
            offsetDays: d.offsetDays,
            dueOn: dateOf(d.dueOn),
            digestId: d.email ? digest.id : null,
          })),
          skipDuplicates: true,
          select: { deadlineKey: true, offsetDays: true },
        })
      : [];
    const mine = due.filter((d) => won.some((w) => w.deadlineKey === d.deadlineKey && w.offsetDays === d.offsetDays));
    const inApp = mine.filter((d) => d.inApp);
    if (inApp.length) {
      await tx.notification.createMany({
        data: inApp.map((d) => {
          const e = entries.get(d)!;
          return { userId, kind: "reminder", title: e.title, body: `Still owed: ${e.owed}.`, link: e.path };
        }),
      });
    }
    const email = mine.filter((d) => d.email);
    // Nothing to email: the day is done (and later passes today skip this person without working it out again).
    if (!email.length) await tx.reminderDigest.update({ where: { id: digest.id }, data: skippedData(null) });
    return { digestId: digest.id, email, claimed: mine.length };
  });
}

const skippedData = (reason: string | null) => ({ status: "skipped", nextAttemptAt: null, lastError: reason });

export type RetryClaim = { id: string; userId: string; day: string; attempts: number };

/** Takes back digests whose send failed (or whose sender vanished mid-send) and whose wait is over. */
export async function claimRetries(now: Date, limit = 100): Promise<RetryClaim[]> {
  const nowText = now.toISOString();
  const lease = new Date(+now + LEASE_MS).toISOString();
  // timestamp(3) columns hold UTC wall time; an ISO string cast to timestamp drops its "Z" and compares the same.
  return db.$queryRaw<RetryClaim[]>`
    UPDATE "ReminderDigest"
       SET status = 'pending', attempts = attempts + 1, "nextAttemptAt" = ${lease}::timestamp
     WHERE id IN (
             SELECT id FROM "ReminderDigest"
              WHERE status IN ('failed', 'pending') AND "nextAttemptAt" <= ${nowText}::timestamp
              ORDER BY "nextAttemptAt"
              LIMIT ${limit}
                FOR UPDATE SKIP LOCKED)
       AND status IN ('failed', 'pending') AND "nextAttemptAt" <= ${nowText}::timestamp
    RETURNING id, "userId", to_char(day, 'YYYY-MM-DD') AS day, attempts`;
}

/** The reminders a retried digest carries. */
export function claimsOf(digestId: string) {
  return db.reminderClaim.findMany({ where: { digestId }, select: { deadlineKey: true, offsetDays: true } });
}

// Each result is written only while this pass still holds the attempt it made (attempts unchanged).
export async function recordSent(digestId: string, attempt: number, sentAt: Date) {
  await db.reminderDigest.updateMany({
    where: { id: digestId, attempts: attempt, status: "pending" },
    data: { status: "sent", sentAt, nextAttemptAt: null, lastError: null },
  });
}

export async function recordFailed(digestId: string, attempt: number, now: Date, error: string) {
  const giveUp = attempt >= MAX_ATTEMPTS;
  await db.reminderDigest.updateMany({
    where: { id: digestId, attempts: attempt, status: "pending" },
    data: {
      status: "failed",
      lastError: error.slice(0, 500),
      nextAttemptAt: giveUp ? null : new Date(+now + backoffMs(attempt)),
    },
  });
  return giveUp;
}

export async function recordSkipped(digestId: string, attempt: number, reason: string) {
  await db.reminderDigest.updateMany({
    where: { id: digestId, attempts: attempt, status: "pending" },
    data: skippedData(reason),
  });
}

/**
 * Old rows that decide nothing any more: "skipped" days after two weeks (a catch-up pass for such a day works it
 * out again; the claims still stop repeats), and claims more than 400 days past their due date (no offset reaches
 * back that far).
 */
export async function pruneOld(today: string) {
  await db.reminderDigest.deleteMany({ where: { status: "skipped", day: { lt: dateOf(addDays(today, -14)) } } });
  await db.reminderClaim.deleteMany({ where: { dueOn: { lt: dateOf(addDays(today, -400)) } } });
}
