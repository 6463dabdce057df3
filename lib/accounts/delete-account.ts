import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import { recordAttempt } from "@/lib/auth/throttle";
import { waitPhrase } from "@/lib/auth/throttle-policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Deleting an account removes every row of the person's: the user row, and through ON DELETE CASCADE their held
// credentials, CEU entries, certificate files (stored in the database), plans and calendar feed; together
// with the sign-in attempts recorded under their email, in one transaction: all or nothing.
export async function deleteAccount(userId: string, password: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true, email: true } });
  if (!user) throw new AppError("not_found", "No such account.");
  // The password check here counts as a sign-in attempt: a stolen session must not become a password oracle.
  const { retryAfter } = await recordAttempt([{ scope: "signin-account", key: user.email }]);
  if (retryAfter > 0) {
    throw AppError.rateLimited(
      `Too many wrong passwords for this account. Wait ${waitPhrase(retryAfter)} and try again.`,
      retryAfter,
    );
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw AppError.validation([
      { path: "password", message: "That is not your password. Enter the password you sign in with." },
    ]);
  }
  await db.$transaction([
    db.user.delete({ where: { id: userId } }),
    db.authAttempt.deleteMany({ where: { scope: "signin-account", key: user.email } }),
  ]);
}
