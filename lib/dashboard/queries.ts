import "server-only";
import type { Profile } from "@/lib/accounts/queries";
import type { LedgerStamp } from "@/lib/credentials/compliance-cache";
import { db } from "@/lib/db";

// Everything the dashboard shows that is not the compliance answer, in one query: the profile and its role, the
// five latest plans with their target roles and progress (counted by PostgreSQL from the stored path, so no path is
// parsed here), how many plans there are, and the ledger stamp the kept compliance answer is checked against.
// Separate typed reads cost seven round trips per dashboard; each one is a socket write, a wake-up of a database
// process and a parse on both sides, and those add up to more than the data (README, "Benchmarks").

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

type Row = Omit<DashboardData, "currentRole" | "stamp"> & {
  roleSlug: string | null;
  roleTitle: string | null;
  version: bigint;
  dueSoonDays: number;
  seed: string | null;
};

export const DASHBOARD_PLANS = 5;

/** The signed-in person's dashboard data; null when the account no longer exists. */
export async function readDashboard(userId: string): Promise<DashboardData | null> {
  const [row] = await db.$queryRaw<Row[]>`
    SELECT u."name", u."education"::text AS "education", u."yearsExperience"::float8 AS "yearsExperience",
           u."region", u."currentSalary", r."slug" AS "roleSlug", r."title" AS "roleTitle",
           u."ledgerVersion" AS "version", u."dueSoonDays",
           (SELECT "value" FROM "AppMeta" WHERE "key" = 'seed_hash') AS "seed",
           (SELECT count(*)::int FROM "Plan" p WHERE p."userId" = u."id") AS "planCount",
           (SELECT coalesce(json_agg(x), '[]'::json) FROM (
              SELECT p."id", p."name", t."title" AS "targetTitle", s.n AS "stepCount",
                     (SELECT count(*)::int FROM unnest(p."doneSteps") d WHERE d < s.n) AS "doneCount"
              FROM "Plan" p
              JOIN "Role" t ON t."id" = p."targetRoleId"
              CROSS JOIN LATERAL (SELECT jsonb_array_length(p."path" -> 'steps') AS n) s
              WHERE p."userId" = u."id"
              ORDER BY p."updatedAt" DESC
              LIMIT ${DASHBOARD_PLANS}
           ) x) AS "plans"
    FROM "User" u
    LEFT JOIN "Role" r ON r."id" = u."currentRoleId"
    WHERE u."id" = ${userId}`;
  if (!row) return null;
  const { roleSlug, roleTitle, version, dueSoonDays, seed, ...rest } = row;
  return {
    ...rest,
    currentRole: roleSlug !== null && roleTitle !== null ? { slug: roleSlug, title: roleTitle } : null,
    stamp: { version, dueSoonDays, seed },
  };
}
