import "server-only";
import { db } from "@/lib/db";
import type { EducationLevel } from "@/lib/ladder/requirement-schema";

export type Profile = {
  id: string;
  email: string;
  name: string;
  currentRole: { slug: string; title: string } | null;
  education: EducationLevel | null;
  yearsExperience: number | null;
  region: string | null;
  currentSalary: number | null;
  dueSoonDays: number;
};

const profileSelect = {
  id: true,
  email: true,
  name: true,
  education: true,
  yearsExperience: true,
  region: true,
  currentSalary: true,
  dueSoonDays: true,
  currentRole: { select: { slug: true, title: true } },
} as const;

/** The signed-in user's own profile; null when the account no longer exists. */
export async function getProfile(userId: string): Promise<Profile | null> {
  const row = await db.user.findUnique({ where: { id: userId }, select: profileSelect });
  return row ? toProfile(row) : null;
}

export function toProfile(row: {
  id: string;
  email: string;
  name: string;
  education: EducationLevel | null;
  yearsExperience: { toNumber(): number } | null;
  region: string | null;
  currentSalary: number | null;
  dueSoonDays: number;
  currentRole: { slug: string; title: string } | null;
}): Profile {
  return { ...row, yearsExperience: row.yearsExperience === null ? null : row.yearsExperience.toNumber() };
}

export { profileSelect };
