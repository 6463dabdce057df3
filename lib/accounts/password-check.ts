import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import { recordAttempt } from "@/lib/auth/throttle";
import { waitPhrase } from "@/lib/auth/throttle-policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Asking for the password again before something drastic (deleting the account, changing the password or the
// address). Each check counts as a sign-in attempt, so a stolen session cannot become a password oracle.

export async function requirePassword(
  userId: string,
  password: string,
  path = "password",
): Promise<{ email: string; name: string }> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { passwordHash: true, email: true, name: true },
  });
  if (!user) throw new AppError("not_found", "No such account.");
  const { retryAfter } = await recordAttempt([{ scope: "signin-account", key: user.email }]);
  if (retryAfter > 0) {
    throw AppError.rateLimited(
      `Too many wrong passwords for this account. Wait ${waitPhrase(retryAfter)} and try again.`,
      retryAfter,
    );
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw AppError.validation([{ path, message: "That is not your password. Enter the password you sign in with." }]);
  }
  return { email: user.email, name: user.name };
}
