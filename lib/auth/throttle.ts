import "server-only";
import { LIMITS, KEEP_MS, retryAfterSeconds, type Scope } from "@/lib/auth/throttle-policy";
import { db } from "@/lib/db";

// Counting attempts in PostgreSQL, so every app instance sees the same counts. Each (scope, key) is counted and
// written under a transaction-scoped advisory lock on that key, so simultaneous attempts are decided one after the
// other and no burst can slip more than the limit through (nor lock everyone out by all counting each other).

export type Hit = { scope: Scope; key: string };
export type Recorded = { ids: bigint[]; retryAfter: number };

/** Records one attempt under each (scope, key), unless one of them is over its limit: then retryAfter > 0. */
export async function recordAttempt(hits: Hit[], now = new Date()): Promise<Recorded> {
  const ids: bigint[] = [];
  let retryAfter = 0;
  for (const { scope, key } of hits) {
    const limit = LIMITS[scope];
    const wait = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${scope}:${key}`}, 0))`;
      const inWindow = await tx.authAttempt.findMany({
        where: { scope, key, at: { gt: new Date(now.getTime() - limit.windowMs) } },
        orderBy: { at: "asc" },
        select: { at: true },
      });
      const seconds = retryAfterSeconds([...inWindow.map((r) => r.at), now], limit, now);
      if (seconds === 0)
        ids.push((await tx.authAttempt.create({ data: { scope, key, at: now }, select: { id: true } })).id);
      return seconds;
    });
    retryAfter = Math.max(retryAfter, wait);
  }
  // A refused attempt is not counted anywhere: the wait ends when the window moves past the attempts that filled it.
  if (retryAfter > 0 && ids.length) await db.authAttempt.deleteMany({ where: { id: { in: ids } } });
  // Now and then, sweep what no window can see any more.
  if (Math.random() < 0.02)
    await db.authAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - KEEP_MS) } } });
  return { ids: retryAfter > 0 ? [] : ids, retryAfter };
}

/** A successful sign-in: its own attempt rows go, and the account's earlier failures are forgiven. */
export async function forgiveSignIn(recorded: Recorded, email: string): Promise<void> {
  await db.authAttempt.deleteMany({
    where: { OR: [{ id: { in: recorded.ids } }, { scope: "signin-account", key: email }] },
  });
}
