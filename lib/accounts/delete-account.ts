import "server-only";
import { confirmPassword } from "@/lib/auth/confirm-password";
import { db } from "@/lib/db";

// Deleting an account removes every row of the person's: the user row, and through ON DELETE CASCADE their held
// credentials, CEU entries, certificate files (stored in the database), plans, calendar feed, memberships, custom
// credentials, links, codes, notifications and reminders; together with the sign-in attempts recorded under their
// email, in one transaction: all or nothing. Team memberships, shares and the access log about them go by cascade;
// teams they own go with them (a team has one owner), and open team invitations addressed to them are removed.
export async function deleteAccount(userId: string, password: string): Promise<void> {
  const { email } = await confirmPassword(userId, password);
  await db.$transaction([
    db.team.deleteMany({ where: { members: { some: { userId, role: "owner" } } } }),
    db.teamInvite.deleteMany({ where: { email, usedAt: null } }),
    db.user.delete({ where: { id: userId } }),
    db.authAttempt.deleteMany({ where: { scope: "signin-account", key: email } }),
  ]);
}
