// What a signed-in page reads before it renders, one call at a time against PostgreSQL: CPU time in this process
// and wall time per call, after a warm-up. The header's session read and bell run on every signed-in page (now one
// query, loadPageSession); the dashboard adds its own read (profile, plans and ledger stamp in one query) and the
// compliance answer. The typed reads they replaced are timed beside them. Prints figures; asserts nothing.
// Run: npm run bench:reads   (needs the PostgreSQL server, like bench:http; under a minute)
import { createBenchDatabase } from "./database";
import { seedUsers } from "./seed";

const CALLS = Number(process.env.BENCH_CALLS ?? 1000);
const stamp = new Date().toISOString().replace(/[-:]/g, "").slice(0, 15);
const database = await createBenchDatabase(`reads_${stamp}`);
// lib/db opens its pool from DATABASE_URL when first imported: everything below is imported after this.
process.env.DATABASE_URL = database.url;

async function time(name: string, calls: number, call: () => Promise<unknown>) {
  for (let i = 0; i < Math.min(100, calls); i++) await call();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < calls; i++) await call();
  const cpu = process.cpuUsage(cpu0);
  const ms = (n: number) => (n / calls).toFixed(3).padStart(7);
  console.log(`${name.padEnd(50)} ${ms((cpu.user + cpu.system) / 1000)} ${ms(performance.now() - t0)}`);
}

try {
  const { db, closeDb } = await import("@/lib/db");
  const { ensureDatabaseReady } = await import("@/prisma/ready");
  await ensureDatabaseReady();
  await seedUsers(database.url, { users: 50, entriesPerUser: 200 });
  const { loadPageSession, loadSessionUser } = await import("@/lib/auth/session");
  const { readDashboard } = await import("@/lib/dashboard/queries");
  const { unreadCount } = await import("@/lib/notifications/queries");
  const { getProfile } = await import("@/lib/accounts/queries");
  const { listPlans } = await import("@/lib/plans/queries");
  const { getCompliance } = await import("@/lib/credentials/compliance-queries");
  const { forgetKeptCompliance, readLedgerStamp } = await import("@/lib/credentials/compliance-cache");
  const { id } = await db.user.findFirstOrThrow({ where: { heldCredentials: { some: {} } }, select: { id: true } });

  console.log(`${"per call".padEnd(50)} ${"CPU ms".padStart(7)} ${"wall ms".padStart(7)}`);
  await time("session read (as before: Prisma findUnique)", CALLS, () =>
    db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, sessionVersion: true } }),
  );
  await time("session read (loadSessionUser)", CALLS, () => loadSessionUser({ userId: id, version: 1 }));
  await time("header bell (as before: Prisma count)", CALLS, () =>
    db.notification.count({ where: { userId: id, readAt: null } }),
  );
  await time("header bell (unreadCount)", CALLS, () => unreadCount(id));
  await time("session and bell in one (loadPageSession)", CALLS, () => loadPageSession({ userId: id, version: 1 }));
  await time("dashboard, as before: getProfile", CALLS, () => getProfile(id));
  await time("dashboard, as before: listPlans", CALLS, () => listPlans(id));
  await time("dashboard: readDashboard (with the ledger stamp)", CALLS, () => readDashboard(id));
  await time("compliance: ledger version (readLedgerStamp)", CALLS, () => readLedgerStamp(id));
  await time("compliance: getCompliance, kept answer", CALLS, () => getCompliance(id));
  await time("compliance: getCompliance, computed (200 entries)", Math.ceil(CALLS / 10), () => {
    forgetKeptCompliance();
    return getCompliance(id);
  });
  await closeDb();
} finally {
  await database.drop();
}
process.exit(0);
