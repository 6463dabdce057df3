// `npm start`: builds the app when there is no build or the sources changed since the last one, then serves it on
// PORT (default 3000). The database is migrated and seeded by the server itself as it starts (instrumentation.ts),
// so the embedded PGlite folder is only ever opened by that one process.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { ensureBuilt, nextBin } from "./build-if-needed.mjs";

// Read .env here too (Next reads it only inside the server), so PORT and NEXTAUTH_URL set there are honoured.
// Variables already in the environment win.
if (existsSync(".env")) process.loadEnvFile(".env");

const port = process.env.PORT || "3000";
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  // next-auth builds its redirect URLs from this; default to where we serve.
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
  // The app closes the database itself on SIGTERM/SIGINT (lib/db/shutdown.ts); Next's own handler would exit first.
  NEXT_MANUAL_SIG_HANDLE: "true",
};

if (process.env.SKIP_BUILD !== "1" && !ensureBuilt({ env })) {
  console.error("[start] the build failed; see the messages above.");
  process.exit(1);
}

console.log(`[start] serving on http://localhost:${port}`);
const server = spawn(process.execPath, [nextBin(), "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
