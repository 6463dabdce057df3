import "server-only";
import { issueToken, spendToken } from "@/lib/accounts/email-tokens";
import { recordAttempt } from "@/lib/auth/throttle";
import { waitPhrase } from "@/lib/auth/throttle-policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publicOrigin } from "@/lib/http/origin";
import { confirmNewEmailMessage, verifyEmailMessage } from "@/lib/mail/account-messages";
import { sendMail } from "@/lib/mail/send";

// Proving an address: a link sent to it (at sign-up, again on request, and to a new address before it replaces
// the old one). The account works before it is verified; reminder emails wait for it.

/** Sends (or sends again) the verification link to the account's address. */
export async function sendVerification(userId: string): Promise<void> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { email: true, name: true, emailVerifiedAt: true },
  });
  if (!user) throw new AppError("not_found", "No such account.");
  if (user.emailVerifiedAt) throw new AppError("conflict", "Your address is already verified.");
  await countMail(userId);
  const token = await issueToken(userId, "verify_email");
  await sendMail(
    verifyEmailMessage({ to: user.email, name: user.name, link: `${publicOrigin()}/verify-email?token=${token}` }),
  );
}

/** Opens a verification link: the address is verified (once; a used or expired link answers 410). */
export async function verifyEmail(token: string): Promise<{ email: string }> {
  const { userId } = await spendToken(token, "verify_email");
  return db.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() }, select: { email: true } });
}

/** The link that makes a new address the account's, sent to that address. */
export async function sendNewAddressLink(userId: string, name: string, newEmail: string): Promise<void> {
  const token = await issueToken(userId, "change_email", newEmail);
  await sendMail(
    confirmNewEmailMessage({ to: newEmail, name, link: `${publicOrigin()}/confirm-email?token=${token}` }),
  );
}

/** Account emails a person asks for are limited per account, so nobody can flood an inbox through the app. */
export async function countMail(userId: string): Promise<void> {
  const { retryAfter } = await recordAttempt([{ scope: "mail-account", key: userId }]);
  if (retryAfter > 0) {
    throw AppError.rateLimited(`Several emails were sent already. Try again in ${waitPhrase(retryAfter)}.`, retryAfter);
  }
}
