import "server-only";
import { z } from "zod";
import { sendNewAddressLink } from "@/lib/accounts/email-verification";
import { spendToken } from "@/lib/accounts/email-tokens";
import { confirmPassword } from "@/lib/auth/confirm-password";
import { emailSchema, passwordSchema } from "@/lib/auth/credentials-schema";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation, parseOrThrow } from "@/lib/errors";
import { emailChangeNoticeMessage, passwordChangedMessage } from "@/lib/mail/account-messages";
import { sendMail } from "@/lib/mail/send";
import { countMail } from "@/lib/accounts/email-verification";

// Changing the password or the address from a signed-in session, and ending every session. Each asks for the
// current password first. A password change ends every other session: the caller re-issues this one's cookie.

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, "Enter your current password.").max(200), newPassword: passwordSchema })
  .strict();
export const changeEmailSchema = z
  .object({ password: z.string().min(1, "Enter your password.").max(200), newEmail: emailSchema })
  .strict();

export type SessionUserVersion = { id: string; email: string; name: string; sessionVersion: number };

export async function changePassword(userId: string, input: unknown): Promise<SessionUserVersion> {
  const { currentPassword, newPassword } = parseOrThrow(changePasswordSchema, input);
  await confirmPassword(userId, currentPassword, "currentPassword");
  const user = await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(newPassword), sessionVersion: { increment: 1 } },
    select: { id: true, email: true, name: true, sessionVersion: true },
  });
  await sendMail(passwordChangedMessage({ to: user.email, name: user.name }));
  return user;
}

/** Starts an address change: the new address gets a link and takes effect only when it is opened. */
export async function requestEmailChange(userId: string, input: unknown): Promise<{ newEmail: string }> {
  const { password, newEmail } = parseOrThrow(changeEmailSchema, input);
  const { email, name } = await confirmPassword(userId, password);
  if (newEmail === email) throw AppError.validation([{ path: "newEmail", message: "That is already your address." }]);
  if (await db.user.findUnique({ where: { email: newEmail }, select: { id: true } })) throw addressTaken();
  await countMail(userId);
  await sendNewAddressLink(userId, name, newEmail);
  await sendMail(emailChangeNoticeMessage({ to: email, name, newEmail }));
  return { newEmail };
}

/** Opens the link sent to a new address: it becomes the account's, verified. */
export async function confirmEmailChange(token: string): Promise<{ email: string }> {
  const { userId, newEmail } = await spendToken(token, "change_email");
  try {
    return await db.user.update({
      where: { id: userId },
      data: { email: newEmail!, emailVerifiedAt: new Date() },
      select: { email: true },
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw addressTaken();
    throw err;
  }
}

/** Signs out every session of the account, this one included. */
export async function endAllSessions(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

const addressTaken = () =>
  new AppError("conflict", "Another account uses that address.", [
    { path: "newEmail", message: "Another account uses that address." },
  ]);
