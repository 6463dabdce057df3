import "server-only";
import { z } from "zod";
import { issueToken, spendToken } from "@/lib/accounts/email-tokens";
import { emailSchema, passwordSchema } from "@/lib/auth/credentials-schema";
import { hashPassword } from "@/lib/auth/password";
import { recordAttempt } from "@/lib/auth/throttle";
import { clientAddress, waitPhrase } from "@/lib/auth/throttle-policy";
import { db } from "@/lib/db";
import { AppError, parseOrThrow } from "@/lib/errors";
import { publicOrigin } from "@/lib/http/origin";
import { passwordChangedMessage, resetPasswordMessage } from "@/lib/mail/account-messages";
import { sendMail } from "@/lib/mail/send";

// "Forgot your password?". The answer to a request is the same whether or not the address has an account, so the
// form cannot be used to find out who is signed up; requests are counted per client and per address asked about.

export const resetRequestSchema = z.object({ email: emailSchema }).strict();
export const resetConfirmSchema = z
  .object({ token: z.string({ error: "The link's token is missing." }).min(20).max(200), password: passwordSchema })
  .strict();

export async function requestPasswordReset(input: unknown, headers: Headers): Promise<void> {
  const { email } = parseOrThrow(resetRequestSchema, input);
  const { retryAfter } = await recordAttempt([
    { scope: "reset-address", key: clientAddress(headers) },
    { scope: "reset-account", key: email },
  ]);
  if (retryAfter > 0) {
    throw AppError.rateLimited(`Too many reset requests. Try again in ${waitPhrase(retryAfter)}.`, retryAfter);
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true } });
  if (!user) return;
  const token = await issueToken(user.id, "reset_password");
  await sendMail(
    resetPasswordMessage({ to: email, name: user.name, link: `${publicOrigin()}/reset-password?token=${token}` }),
  );
}

/**
 * Sets the new password from a reset link: the password is checked before the link is spent (a weak one leaves
 * the link usable), then every session ends. Opening the link proves the address too.
 */
export async function confirmPasswordReset(input: unknown): Promise<void> {
  const { token, password } = parseOrThrow(resetConfirmSchema, input);
  const passwordHash = await hashPassword(password);
  const { userId } = await spendToken(token, "reset_password");
  const user = await db.user.update({
    where: { id: userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
    select: { email: true, name: true, emailVerifiedAt: true },
  });
  if (!user.emailVerifiedAt) await db.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() } });
  await db.authAttempt.deleteMany({ where: { scope: "signin-account", key: user.email } });
  await sendMail(passwordChangedMessage({ to: user.email, name: user.name }));
}
