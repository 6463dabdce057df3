import type { ComplianceItem } from "@/lib/credentials/compliance-types";
import { daysBetween } from "@/lib/dates";

// What should be sent today: for each cycle whose CEUs are still owed, a reminder when today is one of the person's
// days relative to the due date (90 = ninety days before, -1 = the day after). Offsets match exactly, so a pass
// "as of" a date sends what falls on that date only; catching up after downtime means one pass per missed date.
// Pure: the runner claims each answer in the database before anything is sent.

export type ReminderPerson = { id: string; emailVerified: boolean };

export type ReminderSettings = {
  /** Days relative to a due date (negative: after it). */
  days: number[];
  email: boolean;
  inApp: boolean;
};

export type DueReminder = {
  /** The deadline reminded of: body, credentials and cycle end (one cycle's due date). */
  deadlineKey: string;
  /** Days before (positive) or after (negative) the due date. */
  offsetDays: number;
  dueOn: string;
  /** By email: the person wants email and the address is verified. */
  email: boolean;
  /** In the app's notifications. */
  inApp: boolean;
  item: ComplianceItem;
};

export const DEFAULT_REMINDER_DAYS = [90, 60, 30, 7, 1, -1, -30];

/** One cycle's deadline, the same for every pass: it names the body, the credentials sharing it and the cycle. */
export const deadlineKey = (item: Pick<ComplianceItem, "body" | "credentials" | "cycleEnd">) =>
  `${item.body}|${[...item.credentials].sort().join("+")}|${item.cycleEnd}`;

/** Whether a cycle still asks something of the person on `today`: CEUs owed and the credential not yet gone. */
export function stillOwed(item: ComplianceItem, today: string): boolean {
  if (item.met) return false;
  // Nothing tracked (no rule set on file, nothing required): there is no figure to remind of.
  if (item.required === 0 && !item.custom) return false;
  if (item.credentials.length === 0) return false;
  // Once revoked there is nothing left to renew; reinstatement is a different conversation.
  if (item.revokedOn && today >= item.revokedOn) return false;
  return true;
}

export function dueReminders(
  person: ReminderPerson,
  items: ComplianceItem[],
  settings: ReminderSettings,
  today: string,
): DueReminder[] {
  const email = settings.email && person.emailVerified;
  const inApp = settings.inApp;
  if (!email && !inApp) return [];
  const days = new Set(settings.days);
  const seen = new Set<string>();
  const due: DueReminder[] = [];
  for (const item of items) {
    if (!stillOwed(item, today)) continue;
    const offsetDays = daysBetween(today, item.dueDate);
    if (!days.has(offsetDays)) continue;
    const key = deadlineKey(item);
    if (seen.has(key)) continue;
    seen.add(key);
    due.push({ deadlineKey: key, offsetDays, dueOn: item.dueDate, email, inApp, item });
  }
  return due.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.deadlineKey.localeCompare(b.deadlineKey));
}
