// HTTP load benchmark: the production build on a fresh PostgreSQL database holding 1,000 users with 200 CEU entries
// each; a static file, the dashboard, the compliance API and the planner API, each under BENCH_CONNECTIONS
// connections (50) for BENCH_DURATION seconds (30), one after another, then a write-then-read check (each CEU entry
// logged is in the next compliance answer). All of it once with one server process and once with WEB_CONCURRENCY=2.
// Prints requests/s, p50/p95/p99, errors and each route's throughput as a share of the static file's, judges the
// issue's targets, compares one process with two, and writes the run to bench/results/. Asserts nothing.
// Run: npm run bench:http   (about six minutes; BENCH_DURATION=3 for a smoke run)
import { randomBytes } from "node:crypto";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { ensureBuilt } from "../../scripts/build-if-needed.mjs";
import { startServer } from "@/tests/helpers/server";
import { createBenchDatabase } from "./database";
import { measureRoute, type RouteResult } from "./measure";
import { judgeTargets, printComparison, printTable, writeResults, type ProcessRun } from "./report";
import { benchRoutes, checkRoute } from "./routes";
import { seedUsers, type SeedCounts } from "./seed";
import { signInUsers } from "./sessions";
import { writeThenRead } from "./write-read";

const DURATION = Number(process.env.BENCH_DURATION ?? 30);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
// Long enough for first renders, the JIT and the database pool to settle; short runs get a shorter warm-up.
const WARMUP = Number(process.env.BENCH_WARMUP ?? Math.min(5, DURATION));
const SIZE = { users: 1000, entriesPerUser: 200 };
// The same routes with one server process, then with WEB_CONCURRENCY=2 (BENCH_PROCESSES=1 for one run only).
const PROCESSES = (process.env.BENCH_PROCESSES ?? "1,2").split(",").map((n) => Number(n.trim()));
const WRITE_READ_ROUNDS = Number(process.env.BENCH_WRITE_READ_ROUNDS ?? 4);
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
  // Seeded straight into the tables, so the first server migrates an empty database before anything is written.
  let seeded: SeedCounts | undefined;
  // One secret for every run: without one the server would write a secret file into .data/.
  const secret = randomBytes(48).toString("base64url");
  const runs: ProcessRun[] = [];
  for (const processes of PROCESSES) {
    const run = await measureWith(processes, db.url, secret, async () => {
      if (seeded) return;
      const t0 = performance.now();
      seeded = await seedUsers(db.url, SIZE);
      console.log(
        `[bench] seeded ${seeded.users} users, ${seeded.heldCredentials} held credentials, ` +
          `${seeded.entries} CEU entries in ${elapsed(t0)}`,
      );
    });
    runs.push(run);
    const load = run.loadAverage.map((l) => l.toFixed(2)).join(" → ");
    const who = processes === 1 ? "One process" : `${processes} processes (WEB_CONCURRENCY=${processes})`;
    console.log(`\n${who}, load average ${load}:`);
    printTable(run.routes, run.targets, run.writeRead);
  }
  if (runs.length > 1) printComparison(runs);
  const file = await writeResults(stamp, {
    startedAt: stamp,
    node: process.version,
    cores: os.cpus().length,
    loadAverage: os.loadavg(),
    durationSeconds: DURATION,
    connections: CONNECTIONS,
    warmupSeconds: WARMUP,
    seeded,
    runs,
  });
  console.log(`\n[bench] results written to ${file}`);
}

/** One server (one process, or WEB_CONCURRENCY=n through `npm start`'s script), every route, then write-then-read. */
async function measureWith(
  processes: number,
  databaseUrl: string,
  secret: string,
  beforeSignIn: () => Promise<void>,
): Promise<ProcessRun> {
  const loadBefore = os.loadavg()[0]!;
  // BENCH_SERVER_NODE_OPTIONS reaches only the server (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to see where
  // its time goes), not this process or autocannon.
  const server = await startServer({
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret,
    PGLITE_DIR: undefined,
    NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS,
    // Through `npm start`'s own script either way, so both runs start the server the way people do.
    WEB_CONCURRENCY: String(processes),
  });
  try {
    console.log(`\n[bench] server on ${server.url} with ${processes} process(es) (migrated and seeded itself)`);
    await beforeSignIn();
    const t0 = performance.now();
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
    console.log(`[bench] write-then-read: ${WRITE_READ_ROUNDS} CEU entries per person, each read back at once …`);
    const writeRead = await writeThenRead(server.url, cookies, WRITE_READ_ROUNDS);
    return {
      processes,
      loadAverage: [loadBefore, os.loadavg()[0]!],
      routes: results,
      writeRead,
      targets: judgeTargets(results, writeRead),
    };
  } finally {
    await server.stop("SIGTERM");
  }
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
