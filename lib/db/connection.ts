import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

/** One connection's worth of raw SQL, for migrations and the few queries Prisma cannot express. */
export interface SqlSession {
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` in a transaction; a throw rolls everything back. */
  transaction(fn: (tx: SqlSession) => Promise<void>): Promise<void>;
}

export interface Connection {
  engine: "postgres" | "pglite";
  /** Where the data lives, for logs (never includes a password). */
  location: string;
  adapter: SqlMigrationAwareDriverAdapterFactory;
  /** Borrows one connection for `fn` (session-level locks hold for its duration). */
  session<T>(fn: (s: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function openConnection(opts: { databaseUrl?: string; pgliteDir: string }): Connection {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.pgliteDir);
}

function openPostgres(url: string): Connection {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DB_POOL_MAX ?? 10) });
  // An idle client that errors (server restart) must not crash the process; the pool replaces it.
  pool.on("error", (err) => console.error("[db] idle PostgreSQL client error:", err.message));
  const safeUrl = new URL(url);
  safeUrl.password = safeUrl.password ? "***" : "";
  return {
    engine: "postgres",
    location: safeUrl.toString(),
    adapter: new PrismaPg(pool),
    async session(fn) {
      const client = await pool.connect();
      try {
        return await fn(pgSession(client));
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

function pgSession(client: pg.PoolClient): SqlSession {
  const session: SqlSession = {
    exec: async (sql) => void (await client.query(sql)),
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
    async transaction(fn) {
      await client.query("BEGIN");
      try {
        await fn(session);
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK");
        throw err;
      }
    },
  };
  return session;
}

function openPglite(dir: string): Connection {
  const inMemory = dir.startsWith("memory://");
  const dataDir = inMemory ? dir : path.resolve(/* turbopackIgnore: true */ dir);
  // PGlite does not create parent folders itself.
  if (!inMemory) mkdirSync(path.dirname(dataDir), { recursive: true });
  return pgliteConnection(new PGlite(dataDir), inMemory ? dir : dataDir);
}

/** Wraps an open PGlite instance (the tests open theirs from a prepared snapshot). */
export function pgliteConnection(pglite: PGlite, location: string): Connection {
  type Tx = Parameters<Parameters<PGlite["transaction"]>[0]>[0];
  const txSession = (tx: PGlite | Tx): SqlSession => ({
    exec: async (sql) => void (await tx.exec(sql)),
    query: async <T>(sql: string, params?: unknown[]) => (await tx.query<T>(sql, params)).rows,
    // PGlite serialises transactions itself; nesting is not needed by callers.
    transaction: (fn) => pglite.transaction((inner) => fn(txSession(inner))).then(() => undefined),
  });
  return {
    engine: "pglite",
    location,
    adapter: new PrismaPGlite(pglite),
    session: (fn) => fn(txSession(pglite)),
    close: () => pglite.close(),
  };
}
