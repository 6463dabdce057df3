import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Deleting an account removes every row of the person's: the user row, and through ON DELETE CASCADE their held
// credentials, CEU entries, certificate files (stored in the database), plans and calendar feed; together
// with the sign-in attempts recorded under their email, in one transaction: all or nothing.
export async function deleteAccount(userId: string, password: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true, email: true } });
  if (!user) throw new AppError("not_found", "No such account.");
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw AppError.validation([{ path: "password", message: "That is not your password. Enter the password you sign in with." }]);
  }
  await db.$transaction([db.user.delete({ where: { id: userId } }), db.authAttempt.deleteMany({ where: { scope: "signin-account", key: user.email } })]);
}
