// `npm start`: builds the app when there is no build or the sources changed since the last one, then serves it on
// PORT (default 3000). The database is migrated and seeded by the server itself as it starts (instrumentation.ts),
// so the embedded PGlite folder is only ever opened by that one process.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const port = process.env.PORT || "3000";
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  // next-auth builds its redirect URLs from this; default to where we serve.
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
};

const SOURCES = ["app", "components", "lib", "prisma", "instrumentation.ts", "next.config.js", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function needsBuild() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return "no build yet";
  const built = statSync(buildId).mtimeMs;
  const changed = SOURCES.find((s) => newestMtime(path.join(root, s)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

const reason = process.env.SKIP_BUILD === "1" ? null : needsBuild();
if (reason) {
  console.log(`[start] building the app (${reason}); this takes a minute the first time…`);
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
  if (build.status !== 0) {
    console.error("[start] the build failed; see the messages above.");
    process.exit(build.status ?? 1);
  }
}

console.log(`[start] serving on http://localhost:${port}`);
const server = spawn(process.execPath, [nextBin, "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
