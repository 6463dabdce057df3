// Builds the Next app when there is no build yet or a source file changed since the last one.
// Shared by `npm start` and the HTTP tests, so both serve what the sources say.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "prisma",
  "instrumentation.ts",
  "next.config.js",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** Why a build is needed, or null when the last build is current. */
export function buildReason(root = process.cwd()) {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return "no build yet";
  const built = statSync(buildId).mtimeMs;
  const changed = SOURCES.find((s) => newestMtime(path.join(root, s)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

// Node flags for every production server process (`npm start`, the HTTP tests, the benchmarks). A page render
// allocates a few megabytes that die young; semi-spaces of 32 MB (Node 20's default is 16) let more of it die in
// fewer scavenges: 7% and 13% less CPU per dashboard request in two pairs of `npm run bench:pages` runs (README,
// "Benchmarks"), for up to 48 MB more memory per process.
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=32"];

export function nextBin(root = process.cwd()) {
  return path.join(root, "node_modules", "next", "dist", "bin", "next");
}

/** Builds if needed; returns false when the build failed. */
export function ensureBuilt({ root = process.cwd(), env = process.env, log = console.log } = {}) {
  const reason = buildReason(root);
  if (!reason) return true;
  log(`[build] building the app (${reason}); this takes about a minute…`);
  const result = spawnSync(process.execPath, [nextBin(root), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  return result.status === 0;
}
