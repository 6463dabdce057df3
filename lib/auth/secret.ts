import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readEnv } from "@/lib/env";

// NEXTAUTH_SECRET from the environment when set (production). Otherwise one is generated on first use and kept in
// the data folder (next to the PGlite folder, `.data/` by default), so sessions survive restarts and nothing
// secret is ever committed. Cached per process.
let cached: string | undefined;

export function authSecretFile(): string {
  const env = readEnv();
  const base = env.PGLITE_DIR.startsWith("memory://") ? ".data" : path.dirname(env.PGLITE_DIR);
  return path.resolve(/* turbopackIgnore: true */ base, "auth-secret");
}

export function getAuthSecret(): string {
  if (cached) return cached;
  const env = readEnv();
  if (env.NEXTAUTH_SECRET) return (cached = env.NEXTAUTH_SECRET);
  const file = authSecretFile();
  try {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return (cached = stored);
  } catch {
    // not there yet
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const fresh = randomBytes(48).toString("base64url");
  // "wx": if another process wrote it first, use theirs.
  try {
    writeFileSync(file, fresh, { mode: 0o600, flag: "wx" });
    console.log(`[auth] no NEXTAUTH_SECRET set: generated one in ${file}`);
    return (cached = fresh);
  } catch {
    return (cached = readFileSync(file, "utf8").trim());
  }
}
