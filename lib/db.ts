import "server-only";
import { PrismaClient } from "@/generated/prisma/client";
import { openConnection, type Connection } from "@/lib/db/connection";
import { readEnv } from "@/lib/env";

// The one PrismaClient. Kept on globalThis because Next bundles server code into several chunks (and dev reloads
// modules): two module copies must still share one client, and with PGlite one open data folder per process —
// a second PGlite on the same folder would silently lose writes.
type DbState = { client: PrismaClient; connection: Connection };
const g = globalThis as typeof globalThis & { __himPathwaysDb?: DbState };

function createDb(): DbState {
  const env = readEnv();
  const connection = openConnection({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  return { connection, client: new PrismaClient({ adapter: connection.adapter }) };
}

const state = (g.__himPathwaysDb ??= createDb());

export const db = state.client;
export const dbConnection = state.connection;

/** Closes the client and the engine (PGlite flushes its files); the process should exit after. */
export async function closeDb(): Promise<void> {
  await state.client.$disconnect();
  await state.connection.close();
  delete g.__himPathwaysDb;
}
