// What a page costs the server: one production server process on the PostgreSQL server, the bench's 1,000 seeded
// users, and for each page 50 connections for BENCH_DURATION seconds (default 6, after 2 s of warm-up), reporting
// requests/s, the share of the static file's rate, and the server process's CPU time (all its threads, from
// /proc/<pid>/stat) divided by the answers. It shows the floor every page pays (a signed-out page, a signed-in one
// with one small read) beside the dashboard, which `bench:http` cannot. Prints figures; asserts nothing.
// Run: npm run bench:pages   (needs the PostgreSQL server and a build, like bench:http; about two minutes)
// BENCH_PAGES=dashboard (words of the page names) measures only those, after the static file;
// BENCH_SERVER_NODE_OPTIONS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") is the server's NODE_OPTIONS, to profile it.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { ensureBuilt } from "../../scripts/build-if-needed.mjs";
import { startServer } from "@/tests/helpers/server";
import { createBenchDatabase } from "./database";
import { measureRoute, type RouteSpec } from "./measure";
import { STATIC_ROUTE } from "./routes";
import { seedUsers } from "./seed";
import { signInUsers } from "./sessions";

const DURATION = Number(process.env.BENCH_DURATION ?? 6);
const CONNECTIONS = 50;
const stamp = new Date().toISOString().replace(/[-:]/g, "").slice(0, 15);

/** User plus system CPU of a process so far, in ms (fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const buildEnv: Record<string, string | undefined> = { ...process.env };
delete buildEnv.NODE_ENV;
if (!ensureBuilt({ env: buildEnv as NodeJS.ProcessEnv })) throw new Error("next build failed; see the output above");
const db = await createBenchDatabase(`pages_${stamp}`);
let failed = false;
try {
  const server = await startServer({
    DATABASE_URL: db.url,
    NEXTAUTH_SECRET: randomBytes(48).toString("base64url"),
    PGLITE_DIR: undefined,
    NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS,
  });
  try {
    await seedUsers(db.url, { users: 1000, entriesPerUser: 200 });
    const cookies = await signInUsers(server.url, CONNECTIONS, 1000);
    const only = (process.env.BENCH_PAGES ?? "").split(",").filter(Boolean);
    const all: RouteSpec[] = [
      STATIC_ROUTE,
      { name: "/signin, signed out", method: "GET", path: "/signin" },
      { name: "/ (home), signed out", method: "GET", path: "/" },
      { name: "/ (home), signed in", method: "GET", path: "/", cookies },
      { name: "/dashboard", method: "GET", path: "/dashboard", cookies },
      { name: "GET /api/v1/me/compliance", method: "GET", path: "/api/v1/me/compliance", cookies },
    ];
    const pages = all.filter((p) => p === STATIC_ROUTE || !only.length || only.some((w) => p.name.includes(w)));
    console.log(`Node ${process.version}; ${CONNECTIONS} connections × ${DURATION} s per page, one server process`);
    console.log(
      `${"page".padEnd(28)} ${"req/s".padStart(7)} ${"vs static".padStart(10)} ${"CPU/request".padStart(12)}`,
    );
    let staticRate = 0;
    for (const page of pages) {
      await measureRoute(server.url, page, { seconds: 2, connections: CONNECTIONS, warmupSeconds: 0 });
      const before = cpuMs(server.pid);
      const r = await measureRoute(server.url, page, { seconds: DURATION, connections: CONNECTIONS, warmupSeconds: 0 });
      const cpu = (cpuMs(server.pid) - before) / Math.max(1, r.responses);
      if (page === STATIC_ROUTE) staticRate = r.requestsPerSecond;
      const share = `${((100 * r.requestsPerSecond) / staticRate).toFixed(1)}%`;
      const errors = r.errors ? `  (${r.errors} errors)` : "";
      console.log(
        `${page.name.padEnd(28)} ${r.requestsPerSecond.toFixed(0).padStart(7)} ${share.padStart(10)} ` +
          `${`${cpu.toFixed(2)} ms`.padStart(12)}${errors}`,
      );
    }
  } finally {
    await server.stop("SIGTERM");
  }
} catch (err) {
  failed = true;
  console.error(`[bench] failed: ${err instanceof Error ? err.message : String(err)}`);
} finally {
  await db.drop();
}
process.exit(failed ? 1 : 0);
