import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { adminQuery, randomId, withDatabase } from "../setup/engine";

// The environment for one test file's own server: a fresh data folder (PGlite, and the generated sign-in secret),
// or, when DATABASE_URL is set, a fresh database on that PostgreSQL server. `cleanup` removes both.
export async function freshServerEnv(prefix: string) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `him-${prefix}-`));
  const env: Record<string, string | undefined> = {
    NEXTAUTH_SECRET: undefined,
    PGLITE_DIR: path.join(dataDir, "pglite"),
    DATABASE_URL: undefined,
  };
  let dropDb = async () => {};
  const base = process.env.DATABASE_URL;
  if (base) {
    const name = `him_test_http_${randomId()}`;
    await adminQuery(base, `CREATE DATABASE "${name}"`);
    env.DATABASE_URL = withDatabase(base, name);
    dropDb = () => adminQuery(base, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined);
  }
  const cleanup = async () => {
    await dropDb();
    await rm(dataDir, { recursive: true, force: true });
  };
  return { env, dataDir, cleanup };
}
