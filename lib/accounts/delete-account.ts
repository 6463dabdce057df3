import "server-only";
import { confirmPassword } from "@/lib/auth/confirm-password";
import { db } from "@/lib/db";

// Deleting an account removes every row of the person's: the user row, and through ON DELETE CASCADE their held
// credentials, CEU entries, certificate files (stored in the database), plans, calendar feed, memberships, custom
// credentials, links, codes, notifications and reminders; together with the sign-in attempts recorded under their
// email, in one transaction: all or nothing.
export async function deleteAccount(userId: string, password: string): Promise<void> {
  const { email } = await confirmPassword(userId, password);
  await db.$transaction([
    db.user.delete({ where: { id: userId } }),
    db.authAttempt.deleteMany({ where: { scope: "signin-account", key: email } }),
  ]);
}
