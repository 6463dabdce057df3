import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { processLru } from "@/lib/process-lru";

// Compliance is a pure function of a person's held, custom and membership rows, CEU entries, due-soon setting, the
// rule sets and the day. Triggers in the database bump User.ledgerVersion in the same transaction as any write to
// those rows (prisma/migrations/*_ledger_version), so one indexed read of that number tells every process whether
// the answer it kept is still right. A write acknowledged to the person has committed, so every request that
// starts after it reads the new version and recomputes: no process answers from the data before it.

/** What a kept answer was made from, read fresh on every request. */
export type LedgerStamp = { version: bigint; dueSoonDays: number; seed: string | null };

/**
 * The stamp's columns in a query over `"User" u`: the ledger version, the due-soon setting and the seed data's hash
 * (the catalog names in the answer). One definition for every query that reads a stamp (the dashboard's among them).
 */
export const LEDGER_STAMP_COLUMNS = Prisma.sql`u."ledgerVersion" AS "version", u."dueSoonDays",
  (SELECT "value" FROM "AppMeta" WHERE "key" = 'seed_hash') AS "seed"`;

/** The person's stamp, or null when the account is gone. */
export async function readLedgerStamp(userId: string): Promise<LedgerStamp | null> {
  const rows = await db.$queryRaw<LedgerStamp[]>`SELECT ${LEDGER_STAMP_COLUMNS} FROM "User" u WHERE u."id" = ${userId}`;
  return rows[0] ?? null;
}

/** Many people's stamps in one query (a team's roster): the same fields, keyed by user id; absent ids are gone. */
export async function readLedgerStamps(userIds: string[]): Promise<Map<string, LedgerStamp>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.$queryRaw<(LedgerStamp & { id: string })[]>`
    SELECT u."id", ${LEDGER_STAMP_COLUMNS} FROM "User" u WHERE u."id" = ANY(${userIds})`;
  return new Map(rows.map(({ id, ...stamp }) => [id, stamp]));
}

type Kept = { version: bigint; seed: string | null; ruleSets: object; value: Promise<unknown> };

// One answer per person and variant (day, due-soon window). Room for a few thousand people: each answer is some
// kilobytes, and the least recently seen go first.
const MAX_KEPT = 2_000;
const kept = () => processLru<Kept>("compliance", MAX_KEPT);

/**
 * The answer kept for (person, variant) if it was made from this stamp and these rule sets, else `compute()`'s,
 * kept for the next request. Callers that start together share one computation. A failure is not kept.
 */
export function keptCompliance<T>(
  userId: string,
  variant: string,
  stamp: LedgerStamp,
  ruleSets: object,
  compute: () => Promise<T>,
): Promise<T> {
  const key = `${userId}|${variant}`;
  const hit = kept().get(key);
  if (hit && hit.version === stamp.version && hit.seed === stamp.seed && hit.ruleSets === ruleSets) {
    return hit.value as Promise<T>;
  }
  const value = compute().then(deepFreeze);
  // A request that read its stamp just before a write must not push out the newer answer another request keeps.
  if (hit && hit.seed === stamp.seed && hit.version > stamp.version) return value;
  const entry: Kept = { version: stamp.version, seed: stamp.seed, ruleSets, value };
  kept().set(key, entry);
  value.catch(() => {
    if (kept().get(key) === entry) kept().delete(key);
  });
  return value;
}

/** Forgets every kept answer (tests that change rule sets or seed data under a running process). */
export function forgetKeptCompliance(): void {
  kept().clear();
}

// Kept answers are shared by every request that asks: freezing them turns an accidental mutation by one caller
// into an error instead of a change the next person's page would show.
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
