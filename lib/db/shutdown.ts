import "server-only";
import { closeDb } from "@/lib/db";
import { lockFile, releaseLock } from "@/lib/db/process-lock";

// On SIGTERM/SIGINT, close the database before exiting. For PGlite this flushes and releases the data folder (and
// removes the server's lock file beside it, so `npm run reminders` may open it); for PostgreSQL it ends the pool's
// connections politely. Next's own handler is switched off (NEXT_MANUAL_SIG_HANDLE, set by scripts/start.mjs)
// because it exits before asynchronous clean-up can finish.
let installed = false;

export function installShutdownHooks() {
  if (installed) return;
  installed = true;
  const stop = (signal: NodeJS.Signals) => {
    console.log(`[server] ${signal}: closing the database`);
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    closeDb()
      .catch((err) => console.error("[db] close failed:", err))
      .finally(() => {
        const file = lockFile();
        if (file) releaseLock(file);
        process.exit(0);
      });
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
