import { db, dbConnection } from "@/lib/db";
import { openConnection } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrate";
import { installShutdownHooks } from "@/lib/db/shutdown";
import { readEnv } from "@/lib/env";
import { processCached } from "@/lib/process-cache";
import { startReminderTimer } from "@/lib/reminders/timer";
import { seedDatabase } from "@/prisma/seed";

// Brings the database to the current schema and seed data, once per process. The server calls it at start-up
// (instrumentation.ts); the tests and benchmarks call it in their setup. Both engines take the same path.

export function ensureDatabaseReady(): Promise<void> {
  return processCached("database-ready", async () => {
    const started = Date.now();
    const { applied } = await migrate();
    const seeded = await seedDatabase(db);
    const what = [
      applied.length ? `applied ${applied.length} migration(s)` : "schema up to date",
      seeded.applied ? "seed data written" : "seed data unchanged",
    ].join(", ");
    console.log(`[db] ${dbConnection.engine} at ${dbConnection.location}: ${what} (${Date.now() - started} ms)`);
  });
}

// The migration holds a session-level advisory lock, which a pooler in transaction mode cannot keep on one server
// connection: DIRECT_DATABASE_URL gives it a connection of its own. (The seed's lock is transaction-scoped.)
async function migrate(): Promise<{ applied: string[] }> {
  const env = readEnv();
  if (!env.DIRECT_DATABASE_URL || !env.DATABASE_URL) return applyMigrations(dbConnection);
  const direct = openConnection({ databaseUrl: env.DIRECT_DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  try {
    return await applyMigrations(direct);
  } catch (err) {
    // Said by name: the app's own connection may be fine, and this variable is easy to forget about.
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(`The migration through DIRECT_DATABASE_URL failed: ${why}`, { cause: err });
  } finally {
    await direct.close();
  }
}

/**
 * Migrate and seed the database (either engine), then close it cleanly on shutdown. A failure stops the server.
 * Then the reminders timer starts (REMINDERS_INTERVAL_MINUTES).
 */
export async function prepareServer(): Promise<void> {
  try {
    await ensureDatabaseReady();
  } catch (err) {
    console.error("[db] could not prepare the database; the server will stop.", err);
    process.exit(1);
  }
  installShutdownHooks();
  // With WEB_CONCURRENCY > 1 (scripts/start.mjs) process 1 runs the timer; a pass claims each reminder in the
  // database before sending, so even a second timer or `npm run reminders` beside it would not send one twice.
  const worker = readEnv().WEB_WORKER;
  if (!worker || worker === 1) startReminderTimer();
  else console.log(`[reminders] process ${worker} leaves the server's timer to process 1`);
  // Tells scripts/start.mjs that this process has migrated and seeded, so the others may start.
  if (worker && process.send) process.send({ type: "him:ready" });
}
