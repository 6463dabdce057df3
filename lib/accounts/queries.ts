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
  /** The address was proven by a link sent to it (reminder emails go only to verified addresses). */
  emailVerified: boolean;
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
  emailVerifiedAt: true,
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
  emailVerifiedAt: Date | null;
  currentRole: { slug: string; title: string } | null;
}): Profile {
  const { emailVerifiedAt, ...rest } = row;
  return {
    ...rest,
    yearsExperience: row.yearsExperience === null ? null : row.yearsExperience.toNumber(),
    emailVerified: emailVerifiedAt !== null,
  };
}

export { profileSelect };

export type Security = { activeSince: string; lastSignIn: string | null; emailVerified: boolean; twoFactor: boolean };

/** What the profile's security section shows about the account. */
export async function getSecurity(userId: string): Promise<Security | null> {
  const row = await db.user.findUnique({
    where: { id: userId },
    select: { createdAt: true, lastSignInAt: true, emailVerifiedAt: true, totpEnabledAt: true },
  });
  if (!row) return null;
  return {
    activeSince: row.createdAt.toISOString(),
    lastSignIn: row.lastSignInAt?.toISOString() ?? null,
    emailVerified: row.emailVerifiedAt !== null,
    twoFactor: row.totpEnabledAt !== null,
  };
}
