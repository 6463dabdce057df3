import "server-only";
import { getCompliance } from "@/lib/credentials/compliance-queries";
import { db } from "@/lib/db";
import { todayIso } from "@/lib/dates";
import { publicOrigin } from "@/lib/http/origin";
import { sendMail } from "@/lib/mail/send";
import {
  claimDay,
  claimRetries,
  claimsOf,
  dateOf,
  pruneOld,
  recordFailed,
  recordSent,
  recordSkipped,
  type RetryClaim,
} from "@/lib/reminders/claims";
import { buildDigest } from "@/lib/reminders/digest";
import { deadlineKey, dueReminders, stillOwed } from "@/lib/reminders/due";
import { describeReminder, type ReminderEntry } from "@/lib/reminders/wording";

// One reminders pass, the same for the server's timer and `npm run reminders`: first the failed digests whose wait
// is over, then everyone not yet worked out today — their compliance on the day, what is due (dueReminders), the
// day and each reminder claimed in the database, and only then the email sent and its result recorded. Several
// passes may run at once on one PostgreSQL server; the claims make each email go out once.

export type PassSummary = { sent: number; skipped: number; failed: number };
export type PassOptions = {
  /** The day to remind for (default: today, UTC). */
  asOf?: string;
  /** The clock for leases and backoff (tests move it). */
  now?: Date;
};
type Outcome = keyof PassSummary | "none";

export const summaryLine = (s: PassSummary) => `reminders: ${s.sent} sent, ${s.skipped} skipped, ${s.failed} failed`;

const personSelect = {
  id: true,
  email: true,
  name: true,
  emailVerifiedAt: true,
  reminderDays: true,
  emailReminders: true,
  inAppReminders: true,
  unsubscribeToken: true,
} as const;
type Person = {
  id: string;
  email: string;
  name: string;
  emailVerifiedAt: Date | null;
  reminderDays: number[];
  emailReminders: boolean;
  inAppReminders: boolean;
  unsubscribeToken: string;
};

export async function runReminders(opts: PassOptions = {}): Promise<PassSummary> {
  const now = opts.now ?? new Date();
  const asOf = opts.asOf ?? todayIso(now);
  const summary: PassSummary = { sent: 0, skipped: 0, failed: 0 };
  const count = (o: Outcome) => void (o !== "none" && summary[o]++);
  // Pruned by the real clock: a pass "as of" a far day must not forget what was sent.
  await pruneOld(todayIso(now));
  for (const digest of await claimRetries(now))
    count(await guard(`digest ${digest.id}`, () => retry(digest, asOf, now)));
  for (const person of await peopleToRemind(asOf)) {
    count(await guard(`person ${person.id}`, () => remindPerson(person, asOf, now)));
  }
  return summary;
}

// One person's trouble (an account deleted mid-pass, a bad row) must not stop everyone else's reminders. Nothing
// was claimed when the claiming transaction failed, so a later pass tries again.
async function guard(what: string, fn: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await fn();
  } catch (err) {
    console.error(`[reminders] ${what}:`, err instanceof Error ? err.message : err);
    return "failed";
  }
}

/** People who want reminders, hold something with a deadline, and have not been worked out for `day` yet. */
function peopleToRemind(day: string): Promise<Person[]> {
  return db.user.findMany({
    where: {
      AND: [
        { OR: [{ emailReminders: true }, { inAppReminders: true }] },
        { OR: [{ heldCredentials: { some: {} } }, { customCredentials: { some: {} } }] },
      ],
      reminderDigests: { none: { day: dateOf(day) } },
    },
    select: personSelect,
    orderBy: { id: "asc" },
  });
}

/** Custom credentials by the names their owners gave them, for the wording. */
const customNames = (custom: { code: string; name: string }[]) =>
  Object.fromEntries(custom.map((c) => [c.code, c.name]));

async function remindPerson(person: Person, day: string, now: Date): Promise<Outcome> {
  const { items, custom } = await getCompliance(person.id, { asOf: day });
  const settings = { days: person.reminderDays, email: person.emailReminders, inApp: person.inAppReminders };
  const due = dueReminders({ id: person.id, emailVerified: person.emailVerifiedAt !== null }, items, settings, day);
  const names = customNames(custom);
  const entries = new Map(due.map((d) => [d, describeReminder(d.item, day, names)]));
  const claim = await claimDay(person.id, day, due, entries, now);
  if (!claim || claim.claimed === 0) return "none";
  if (!claim.email.length) return "skipped";
  return deliver(
    claim.digestId,
    1,
    person,
    day,
    now,
    claim.email.map((d) => entries.get(d)!),
  );
}

async function deliver(
  digestId: string,
  attempt: number,
  person: Person,
  day: string,
  now: Date,
  entries: ReminderEntry[],
): Promise<Outcome> {
  const origin = publicOrigin();
  const message = buildDigest({
    to: person.email,
    name: person.name,
    today: day,
    origin,
    unsubscribeToken: person.unsubscribeToken,
    days: person.reminderDays,
    entries,
  });
  try {
    // One Message-ID per digest: should a retry ever repeat a message a server did take, mail clients fold the two.
    const messageId = `<reminders-${digestId}@${new URL(origin).hostname}>`;
    await sendMail({ ...message, headers: { ...message.headers, "Message-ID": messageId } });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const gaveUp = await recordFailed(digestId, attempt, now, reason);
    console.error(`[reminders] digest ${digestId} for ${day}: ${gaveUp ? "failed for good" : "will retry"}: ${reason}`);
    return "failed";
  }
  await recordSent(digestId, attempt, new Date());
  return "sent";
}

/**
 * A failed digest, sent again with what is still owed now: a credential since met or removed drops out, and so
 * does the whole email once the person turned reminder emails off (or deleted the account, which took the row).
 */
async function retry(digest: RetryClaim, asOf: string, now: Date): Promise<Outcome> {
  const person = await db.user.findUnique({ where: { id: digest.userId }, select: personSelect });
  if (!person?.emailReminders || !person.emailVerifiedAt) {
    await recordSkipped(digest.id, digest.attempts, "reminder emails were turned off");
    return "skipped";
  }
  const today = asOf > digest.day ? asOf : digest.day;
  const [claims, { items, custom }] = await Promise.all([
    claimsOf(digest.id),
    getCompliance(person.id, { asOf: today }),
  ]);
  const keys = new Set(claims.map((c) => c.deadlineKey));
  const names = customNames(custom);
  const owed = items.filter((i) => keys.has(deadlineKey(i)) && stillOwed(i, today));
  if (!owed.length) {
    await recordSkipped(digest.id, digest.attempts, "nothing is owed any more");
    return "skipped";
  }
  const entries = owed.map((i) => describeReminder(i, today, names));
  return deliver(digest.id, digest.attempts, person, today, now, entries);
}
