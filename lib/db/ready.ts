import { db, dbConnection } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrate";
import { seedDatabase } from "@/prisma/seed";

// Brings the database to the current schema and seed data, once per process. The server calls it at start-up
// (instrumentation.ts); the tests call it in their setup. Both engines take the same path.
const g = globalThis as typeof globalThis & { __himPathwaysReady?: Promise<void> };

export function ensureDatabaseReady(): Promise<void> {
  g.__himPathwaysReady ??= (async () => {
    const started = Date.now();
    const { applied } = await applyMigrations(dbConnection);
    const seeded = await seedDatabase(db);
    const what = [
      applied.length ? `applied ${applied.length} migration(s)` : "schema up to date",
      seeded.applied ? "seed data written" : "seed data unchanged",
    ].join(", ");
    console.log(`[db] ${dbConnection.engine} at ${dbConnection.location}: ${what} (${Date.now() - started} ms)`);
  })().catch((err) => {
    delete g.__himPathwaysReady;
    throw err;
  });
  return g.__himPathwaysReady;
}
