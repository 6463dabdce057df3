import "server-only";
import { db } from "@/lib/db";
import { setsSomething } from "@/lib/db/patch";
import { AppError, parseOrThrow } from "@/lib/errors";
import { profilePatchSchema } from "@/lib/accounts/validation";
import { profileSelect, toProfile, type Profile } from "@/lib/accounts/queries";

/** Applies a partial profile update to the user's own row. Validates everything before writing anything. */
export async function updateProfile(userId: string, input: unknown): Promise<Profile> {
  const patch = parseOrThrow(profilePatchSchema, input);
  let currentRoleId: string | null | undefined;
  if (patch.currentRole !== undefined) {
    if (patch.currentRole === null) currentRoleId = null;
    else {
      const role = await db.role.findUnique({ where: { slug: patch.currentRole }, select: { id: true } });
      if (!role) {
        throw AppError.validation([
          { path: "currentRole", message: `No role "${patch.currentRole}": choose one from the ladder.` },
        ]);
      }
      currentRoleId = role.id;
    }
  }
  const data = {
    name: patch.name,
    education: patch.education,
    yearsExperience: patch.yearsExperience,
    region: patch.region,
    currentSalary: patch.currentSalary,
    dueSoonDays: patch.dueSoonDays,
    currentRoleId,
  };
  // An empty patch changes nothing (lib/db/patch.ts); the read below still answers for a deleted account.
  if (setsSomething(data)) {
    const { count } = await db.user.updateMany({ where: { id: userId }, data });
    if (count === 0) throw new AppError("not_found", "This account no longer exists.");
  }
  const row = await db.user.findUnique({ where: { id: userId }, select: profileSelect });
  if (!row) throw new AppError("not_found", "This account no longer exists.");
  return toProfile(row);
}
