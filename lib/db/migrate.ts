import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import type { Connection, SqlSession } from "@/lib/db/connection";

// Applies prisma/migrations/*/migration.sql in order, recording each in Prisma's own `_prisma_migrations` table
// (same columns, same checksum, same advisory-lock key), so `prisma migrate deploy` on a machine that has the
// Prisma CLI sees the same history. Each migration runs in a transaction: a failure leaves nothing half-applied.

const PRISMA_MIGRATE_LOCK_KEY = 72707369;

const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export const defaultMigrationsDir = () => path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "migrations");

export type MigrationFile = { name: string; sql: string; checksum: string };

export async function readMigrations(dir: string): Promise<MigrationFile[]> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

type HistoryRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export async function applyMigrations(
  connection: Connection,
  dir: string = defaultMigrationsDir(),
): Promise<{ applied: string[] }> {
  const migrations = await readMigrations(dir);
  return connection.session(async (s) => {
    // Two app instances starting together must not both migrate.
    if (connection.engine === "postgres") await s.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
    try {
      return { applied: await applyPending(s, migrations) };
    } finally {
      if (connection.engine === "postgres") await s.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
    }
  });
}

async function applyPending(s: SqlSession, migrations: MigrationFile[]): Promise<string[]> {
  await s.exec(HISTORY_TABLE);
  const history = await s.query<HistoryRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
  );
  const live = history.filter((row) => row.rolled_back_at === null);
  const applied: string[] = [];
  for (const m of migrations) {
    const rows = live.filter((row) => row.migration_name === m.name);
    if (rows.some((row) => row.finished_at === null)) {
      throw new Error(
        `Migration ${m.name} failed on an earlier run and was left unfinished; repair the database by hand.`,
      );
    }
    const done = rows.find((row) => row.finished_at !== null);
    if (done) {
      if (done.checksum !== m.checksum) console.warn(`[db] migration ${m.name} was edited after it was applied.`);
      continue;
    }
    await s.transaction(async (tx) => {
      await tx.exec(m.sql);
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES (gen_random_uuid()::text, $1, $2, now(), now(), 1)`,
        [m.checksum, m.name],
      );
    });
    applied.push(m.name);
  }
  const known = new Set(migrations.map((m) => m.name));
  const unknown = live.filter((row) => !known.has(row.migration_name)).map((row) => row.migration_name);
  if (unknown.length) console.warn(`[db] database has migrations this code does not know: ${unknown.join(", ")}`);
  return applied;
}
