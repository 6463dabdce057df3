import "server-only";
import type { Profile } from "@/lib/accounts/queries";
import { LEDGER_STAMP_COLUMNS, type LedgerStamp } from "@/lib/credentials/compliance-cache";
import { db } from "@/lib/db";

// Everything the dashboard shows that is not the compliance answer, in one query: the profile and its role, the
// person's plans with their target roles and step counts (counted by PostgreSQL from the stored path, so no path is
// parsed here), and the ledger stamp the kept compliance answer is checked against. Separate typed reads cost seven
// round trips per dashboard; each one is a socket write, a wake-up of a database process and a parse on both sides,
// and those add up to more than the data (README, "Benchmarks"). The query is kept simple to plan (it is planned on
// every call): all of a person's plans, a handful, come back and the five shown are cut here.

export type DashboardPlan = { id: string; name: string; targetTitle: string; stepCount: number; doneCount: number };

export type DashboardData = Pick<
  Profile,
  "name" | "currentRole" | "education" | "yearsExperience" | "region" | "currentSalary"
> & {
  /** The latest five, most recently changed first. */
  plans: DashboardPlan[];
  planCount: number;
  stamp: LedgerStamp;
};

type Row = Omit<DashboardData, "currentRole" | "stamp" | "plans" | "planCount"> & {
  roleSlug: string | null;
  roleTitle: string | null;
  version: bigint;
  dueSoonDays: number;
  seed: string | null;
  /** Every plan, most recently changed first; null when there are none. */
  plans: { id: string; name: string; targetTitle: string; stepCount: number; doneSteps: number[] }[] | null;
};

export const DASHBOARD_PLANS = 5;

/** The signed-in person's dashboard data; null when the account no longer exists. */
export async function readDashboard(userId: string): Promise<DashboardData | null> {
  const [row] = await db.$queryRaw<Row[]>`
    SELECT u."name", u."education"::text AS "education", u."yearsExperience"::float8 AS "yearsExperience",
           u."region", u."currentSalary", r."slug" AS "roleSlug", r."title" AS "roleTitle",
           ${LEDGER_STAMP_COLUMNS},
           (SELECT json_agg(json_build_object('id', p."id", 'name', p."name", 'targetTitle', t."title",
                                              'stepCount', jsonb_array_length(p."path" -> 'steps'),
                                              'doneSteps', p."doneSteps") ORDER BY p."updatedAt" DESC, p."id" DESC)
            FROM "Plan" p JOIN "Role" t ON t."id" = p."targetRoleId"
            WHERE p."userId" = u."id") AS "plans"
    FROM "User" u
    LEFT JOIN "Role" r ON r."id" = u."currentRoleId"
    WHERE u."id" = ${userId}`;
  if (!row) return null;
  const { roleSlug, roleTitle, version, dueSoonDays, seed, plans, ...rest } = row;
  const all = plans ?? [];
  return {
    ...rest,
    currentRole: roleSlug !== null && roleTitle !== null ? { slug: roleSlug, title: roleTitle } : null,
    // Marks past the end of a path (none are written, but the column allows them) are not counted, as in listPlans.
    plans: all.slice(0, DASHBOARD_PLANS).map(({ doneSteps, ...p }) => ({
      ...p,
      doneCount: doneSteps.filter((i) => i < p.stepCount).length,
    })),
    planCount: all.length,
    stamp: { version, dueSoonDays, seed },
  };
}
