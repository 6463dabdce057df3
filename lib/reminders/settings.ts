import "server-only";
import { db } from "@/lib/db";
import { setsSomething } from "@/lib/db/patch";
import { AppError, parseOrThrow } from "@/lib/errors";
import { reminderPatchSchema, unsubscribeTokenSchema } from "@/lib/reminders/settings-schema";

// Reading and changing a person's reminder settings, and the one-click unsubscribe, which works without signing in:
// the unguessable token in every reminder email is the key, and it can only turn reminder emails off.

export type ReminderSettingsView = {
  days: number[];
  email: boolean;
  inApp: boolean;
  /** Reminder emails go only to a verified address. */
  emailVerified: boolean;
};

const settingsSelect = {
  reminderDays: true,
  emailReminders: true,
  inAppReminders: true,
  emailVerifiedAt: true,
} as const;

const toView = (u: {
  reminderDays: number[];
  emailReminders: boolean;
  inAppReminders: boolean;
  emailVerifiedAt: Date | null;
}): ReminderSettingsView => ({
  days: [...u.reminderDays].sort((a, b) => b - a),
  email: u.emailReminders,
  inApp: u.inAppReminders,
  emailVerified: u.emailVerifiedAt !== null,
});

export async function getReminderSettings(userId: string): Promise<ReminderSettingsView> {
  const user = await db.user.findUnique({ where: { id: userId }, select: settingsSelect });
  if (!user) throw new AppError("not_found", "This account no longer exists.");
  return toView(user);
}

export async function updateReminderSettings(userId: string, input: unknown): Promise<ReminderSettingsView> {
  const patch = parseOrThrow(reminderPatchSchema, input);
  const data = { reminderDays: patch.days, emailReminders: patch.email, inAppReminders: patch.inApp };
  // An empty patch changes nothing (lib/db/patch.ts); the read below still answers for a deleted account.
  if (setsSomething(data)) {
    const { count } = await db.user.updateMany({ where: { id: userId }, data });
    if (count === 0) throw new AppError("not_found", "This account no longer exists.");
  }
  return getReminderSettings(userId);
}

/** "a•••@example.org": enough to recognise one's own address on a page anyone with the link can open. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "•••";
  return `${email[0]}•••${email.slice(at)}`;
}

export type UnsubscribeTarget = { maskedEmail: string; emailReminders: boolean };

/** Who an unsubscribe link speaks for (masked), or null for a malformed or unknown token. Changes nothing. */
export async function unsubscribeTarget(token: string): Promise<UnsubscribeTarget | null> {
  const parsed = unsubscribeTokenSchema.safeParse(token);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({
    where: { unsubscribeToken: parsed.data },
    select: { email: true, emailReminders: true },
  });
  return user ? { maskedEmail: maskEmail(user.email), emailReminders: user.emailReminders } : null;
}

/** Turns reminder emails off for the token's account (in-app reminders stay as they are); 404 for an unknown one. */
export async function unsubscribeByToken(token: string): Promise<void> {
  const parsed = unsubscribeTokenSchema.safeParse(token);
  const { count } = parsed.success
    ? await db.user.updateMany({ where: { unsubscribeToken: parsed.data }, data: { emailReminders: false } })
    : { count: 0 };
  if (count === 0) throw new AppError("not_found", "This unsubscribe link is not valid (it may be incomplete).");
}
