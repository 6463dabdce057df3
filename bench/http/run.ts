// HTTP load benchmark: the production build (`next start`) on a fresh PostgreSQL database holding 1,000 users with
// 200 CEU entries each; a static file, the dashboard, the compliance API and the planner API, each under
// BENCH_CONNECTIONS connections (50) for BENCH_DURATION seconds (30), one after another against the same server.
// Prints requests/s, p50/p95/p99, errors and each route's throughput as a share of the static file's, judges the
// issue's targets, and writes the run to bench/results/. Prints figures; asserts nothing.
// Run: npm run bench:http   (about three minutes; BENCH_DURATION=3 for a smoke run)
import { randomBytes } from "node:crypto";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { ensureBuilt } from "../../scripts/build-if-needed.mjs";
import { startServer } from "@/tests/helpers/server";
import { createBenchDatabase } from "./database";
import { measureRoute, type RouteResult } from "./measure";
import { judgeTargets, printTable, writeResults } from "./report";
import { benchRoutes, checkRoute } from "./routes";
import { seedUsers } from "./seed";
import { signInUsers } from "./sessions";

const DURATION = Number(process.env.BENCH_DURATION ?? 30);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
// Long enough for first renders, the JIT and the database pool to settle; short runs get a shorter warm-up.
const WARMUP = Number(process.env.BENCH_WARMUP ?? Math.min(5, DURATION));
const SIZE = { users: 1000, entriesPerUser: 200 };
const stamp = new Date().toISOString().replace(/[-:]/g, "").slice(0, 15);

// Undone in reverse order on the way out, whether the run finished, failed or was interrupted.
const cleanups: (() => Promise<unknown>)[] = [];
let cleaning: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const undo of cleanups.reverse())
      await undo().catch((err) => console.error(`[bench] clean-up failed: ${err}`));
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => void cleanUp().then(() => process.exit(130)));

const elapsed = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

async function main() {
  console.log(
    `Node ${process.version}, ${os.cpus().length} cores; ` +
      `${CONNECTIONS} connections × ${DURATION} s per route (warm-up ${WARMUP} s)`,
  );
  // next build sets NODE_ENV itself and refuses a non-standard one.
  const buildEnv: Record<string, string | undefined> = { ...process.env };
  delete buildEnv.NODE_ENV;
  if (!ensureBuilt({ env: buildEnv as NodeJS.ProcessEnv })) throw new Error("next build failed; see the output above");

  const db = await createBenchDatabase(stamp);
  cleanups.push(db.drop);
  console.log(`[bench] database ${db.name}`);
  // A secret of our own: without one the server would write a secret file into .data/.
  // BENCH_SERVER_NODE_OPTIONS reaches only the server (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to see where
  // its time goes), not this process or autocannon.
  const server = await startServer({
    DATABASE_URL: db.url,
    NEXTAUTH_SECRET: randomBytes(48).toString("base64url"),
    PGLITE_DIR: undefined,
    NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS,
  });
  cleanups.push(() => server.stop("SIGTERM"));
  console.log(`[bench] server on ${server.url} (migrated and seeded itself)`);

  let t0 = performance.now();
  const counts = await seedUsers(db.url, SIZE);
  console.log(
    `[bench] seeded ${counts.users} users, ${counts.heldCredentials} held credentials, ` +
      `${counts.entries} CEU entries in ${elapsed(t0)}`,
  );

  t0 = performance.now();
  const cookies = await signInUsers(server.url, Math.min(CONNECTIONS, SIZE.users), SIZE.users);
  console.log(`[bench] signed in ${cookies.length} users over HTTP in ${elapsed(t0)}`);

  // BENCH_ROUTES=dashboard,compliance measures only those (the static page always runs, as the yardstick).
  const only = process.env.BENCH_ROUTES?.split(",").map((r) => r.trim().toLowerCase());
  const routes = benchRoutes(cookies).filter(
    (r, i) => i === 0 || !only || only.some((o) => r.name.toLowerCase().includes(o)),
  );
  for (const route of routes) await checkRoute(server.url, route);
  const results: RouteResult[] = [];
  for (const route of routes) {
    console.log(`[bench] ${route.method} ${route.path} …`);
    results.push(
      await measureRoute(server.url, route, { seconds: DURATION, connections: CONNECTIONS, warmupSeconds: WARMUP }),
    );
  }

  const targets = judgeTargets(results);
  printTable(results, targets);
  const file = await writeResults(
    stamp,
    {
      startedAt: stamp,
      node: process.version,
      cores: os.cpus().length,
      durationSeconds: DURATION,
      connections: CONNECTIONS,
      warmupSeconds: WARMUP,
      seeded: counts,
      sessions: cookies.length,
    },
    results,
    targets,
  );
  console.log(`\n[bench] results written to ${file}`);
}

let failed = false;
try {
  await main();
} catch (err) {
  failed = true;
  console.error(`[bench] failed: ${err instanceof Error ? err.message : String(err)}`);
} finally {
  await cleanUp();
}
process.exit(failed ? 1 : 0);
