import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readEnv } from "@/lib/env";

// PGlite has no lock across processes: two processes on one data folder silently lose writes. So the process that
// opens the folder says so in a file beside it (`.data/server.pid`: the pid, and "reminders" for the command). The
// server writes it at start and removes it on shutdown; `npm run reminders` refuses to open the folder while a live
// process holds it, and holds it itself while it runs. Nothing of this applies to a PostgreSQL server.

export type LockHolder = { pid: number; role: "server" | "reminders" };

/** The lock file for the embedded database, or null when there is none to guard (PostgreSQL, in-memory). */
export function lockFile(env = readEnv()): string | null {
  if (env.DATABASE_URL || env.PGLITE_DIR.startsWith("memory://")) return null;
  return path.join(path.dirname(path.resolve(/* turbopackIgnore: true */ env.PGLITE_DIR)), "server.pid");
}

export function readHolder(file: string): LockHolder | null {
  try {
    const [pid, role] = readFileSync(file, "utf8").trim().split(/\s+/);
    const n = Number(pid);
    return Number.isInteger(n) && n > 0 ? { pid: n, role: role === "reminders" ? "reminders" : "server" } : null;
  } catch {
    return null;
  }
}

/** Whether a process with this pid is running (EPERM: it is, under another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The live process other than this one that holds the folder, if any (a stale file from a crash is ignored). */
export function liveHolder(file: string): LockHolder | null {
  const holder = readHolder(file);
  return holder && holder.pid !== process.pid && isAlive(holder.pid) ? holder : null;
}

const write = (file: string, role: LockHolder["role"], flag: "w" | "wx") =>
  writeFileSync(file, role === "server" ? `${process.pid}\n` : `${process.pid} reminders\n`, { flag });

/** The server's claim on the folder (it replaces a stale one). */
export function holdForServer(file: string): void {
  write(file, "server", "w");
  process.once("exit", () => releaseLock(file));
}

/**
 * At server start, before the folder is opened: wait for a running `npm run reminders` to finish (a pass takes
 * seconds), then hold the folder. Another live server on the same folder is only warned about.
 */
export async function claimForServer(file = lockFile(), waitMs = 10 * 60_000): Promise<void> {
  if (!file) return;
  mkdirSync(path.dirname(file), { recursive: true });
  const until = Date.now() + waitMs;
  for (let h = liveHolder(file), said = false; h?.role === "reminders"; h = liveHolder(file)) {
    if (Date.now() > until) throw new Error(`npm run reminders (pid ${h.pid}) still holds ${file}`);
    if (!said) console.log(`[db] waiting for npm run reminders (pid ${h.pid}) to finish with the database`);
    said = true;
    await new Promise((r) => setTimeout(r, 500));
  }
  const other = liveHolder(file);
  if (other) console.warn(`[db] ${file} names another live process (pid ${other.pid}) on this PGlite folder`);
  holdForServer(file);
}

/**
 * The command's claim: refused (the holder returned) while a live process holds the folder. Created exclusively,
 * so two commands started together cannot both pass the check.
 */
export function holdForCommand(file: string): LockHolder | null {
  for (let tries = 0; tries < 3; tries++) {
    const holder = liveHolder(file);
    if (holder) return holder;
    try {
      write(file, "reminders", "wx");
      process.once("exit", () => releaseLock(file));
      return null;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      // A stale file (its process is gone): remove it and try again; a live one is reported above.
      if (!liveHolder(file)) rmSync(file, { force: true });
    }
  }
  return liveHolder(file) ?? { pid: 0, role: "reminders" };
}

/** Removes the file if this process holds it. */
export function releaseLock(file: string): void {
  if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
}
