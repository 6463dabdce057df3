import { adminQuery, withDatabase } from "@/tests/setup/engine";

// A throw-away database on the local PostgreSQL server, so a run never touches anyone's data and leaves nothing
// behind. Connection settings follow libpq's variables; trust authentication is assumed (as in CI).

export type BenchDatabase = { name: string; url: string; drop: () => Promise<void> };

function serverUrl(): string {
  const host = process.env.PGHOST ?? "127.0.0.1";
  const port = process.env.PGPORT ?? "5432";
  const user = process.env.PGUSER ?? "postgres";
  return `postgresql://${encodeURIComponent(user)}@${host}:${port}/postgres`;
}

/** `stamp` names the run (see run.ts): him_bench_20261127t074106 */
export async function createBenchDatabase(stamp: string): Promise<BenchDatabase> {
  const base = serverUrl();
  const name = `him_bench_${stamp.toLowerCase()}`;
  await adminQuery(base, `CREATE DATABASE "${name}"`);
  return {
    name,
    url: withDatabase(base, name),
    // FORCE: the server may still hold pooled connections if it died instead of stopping.
    drop: () => adminQuery(base, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined),
  };
}
