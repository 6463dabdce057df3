// `npm start`: builds the app when there is no build or the sources changed since the last one, then serves it on
// PORT (default 3000). The database is migrated and seeded by the server itself as it starts (instrumentation.ts),
// so the embedded PGlite folder is only ever opened by that one process.
//
// WEB_CONCURRENCY=n (default 1) serves with n processes on the one port through Node's cluster module: this
// process only watches them. Process 1 starts first, migrates and seeds, and is the only one running the
// reminders timer; the others start once it is ready (and find nothing left to migrate or seed). A process that
// dies is replaced. More than one needs a PostgreSQL server: the embedded PGlite allows one process per folder.
import { spawn } from "node:child_process";
import cluster from "node:cluster";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SERVER_NODE_FLAGS, ensureBuilt } from "./build-if-needed.mjs";

// Read .env here too (Next reads it only inside the server), so PORT and NEXTAUTH_URL set there are honoured.
// Variables already in the environment win.
if (existsSync(".env")) process.loadEnvFile(".env");

const port = process.env.PORT || "3000";
// Each server process runs this script: Next's request handling behind a plain HTTP server (see there why).
const serveScript = fileURLToPath(new URL("./serve.mjs", import.meta.url));
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  // next-auth builds its redirect URLs from this; default to where we serve.
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
  // The app closes the database itself on SIGTERM/SIGINT (lib/db/shutdown.ts); Next's own handler would exit first.
  NEXT_MANUAL_SIG_HANDLE: "true",
};

function fail(message) {
  console.error(`[start] ${message}`);
  process.exit(1);
}

function readConcurrency() {
  const raw = (process.env.WEB_CONCURRENCY ?? "").trim();
  if (raw === "") return 1;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > 64) fail(`WEB_CONCURRENCY must be a whole number from 1 to 64, not "${raw}".`);
  return n;
}

const processes = readConcurrency();
if (processes > 1 && !(process.env.DATABASE_URL ?? "").trim()) {
  fail(
    `WEB_CONCURRENCY=${processes} needs a PostgreSQL server (DATABASE_URL). Without DATABASE_URL the app uses ` +
      "the embedded PGlite database, which only one process may open at a time. Set DATABASE_URL, or unset " +
      "WEB_CONCURRENCY (or set it to 1).",
  );
}

if (process.env.SKIP_BUILD !== "1" && !ensureBuilt({ env })) fail("the build failed; see the messages above.");

if (processes === 1) serveOne();
else serveMany(processes);

function serveOne() {
  console.log(`[start] serving on http://localhost:${port}`);
  const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, serveScript, "-p", port], {
    stdio: "inherit",
    env,
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function serveMany(n) {
  // Each worker runs scripts/serve.mjs; its listen() on the port is shared through this process (round robin).
  cluster.setupPrimary({ exec: serveScript, args: ["-p", port], execArgv: SERVER_NODE_FLAGS });
  const slotOf = new Map(); // worker id → 1…n
  const ready = new Set(); // slots that have served at least once
  let stopping = false;

  const fork = (slot) => {
    // WEB_WORKER tells the app which process it is: 1 runs the reminders timer (prisma/ready.ts).
    const worker = cluster.fork({ ...env, WEB_WORKER: String(slot) });
    slotOf.set(worker.id, slot);
    worker.on("message", (m) => {
      if (m?.type !== "him:ready") return;
      if (ready.has(slot)) return; // a replacement process
      ready.add(slot);
      if (slot === 1) for (let s = 2; s <= n; s++) fork(s);
      if (ready.size === n) console.log(`[start] serving on http://localhost:${port} with ${n} processes`);
    });
  };

  cluster.on("exit", (worker, code, signal) => {
    const slot = slotOf.get(worker.id);
    slotOf.delete(worker.id);
    if (stopping) {
      if (slotOf.size === 0) process.exit(0);
      return;
    }
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (!ready.has(slot)) {
      // It never got as far as serving (a failed migration, a bad setting): starting it again would fail the same way.
      stopping = true;
      console.error(`[start] process ${slot} stopped before it was ready (${how}); stopping.`);
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
      process.exitCode = code || 1;
      if (slotOf.size === 0) process.exit(process.exitCode);
      return;
    }
    console.error(`[start] process ${slot} (pid ${worker.process.pid}) exited (${how}); starting another.`);
    fork(slot);
  });

  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(signal);
      if (slotOf.size === 0) process.exit(0);
    });
  }
  fork(1);
}
