import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import { recordAttempt } from "@/lib/auth/throttle";
import { waitPhrase } from "@/lib/auth/throttle-policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Asks a signed-in person for their password again before a change a stolen session must not make (turning
 * two-factor sign-in on or off, changing the password or the address, deleting the account). Each check counts as
 * a sign-in attempt, so a session is no password oracle; a right password takes its own attempt back. A wrong one
 * is a 422 on `field`. Returns who the account is, for the emails that follow.
 */
export async function confirmPassword(
  userId: string,
  password: string,
  field = "password",
): Promise<{ email: string; name: string }> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { passwordHash: true, email: true, name: true },
  });
  if (!user) throw new AppError("not_found", "No such account.");
  const { ids, retryAfter } = await recordAttempt([{ scope: "signin-account", key: user.email }]);
  if (retryAfter > 0) {
    throw AppError.rateLimited(
      `Too many wrong passwords for this account. Wait ${waitPhrase(retryAfter)} and try again.`,
      retryAfter,
    );
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw AppError.validation([
      { path: field, message: "That is not your password. Enter the password you sign in with." },
    ]);
  }
  await db.authAttempt.deleteMany({ where: { id: { in: ids } } });
  return { email: user.email, name: user.name };
}
