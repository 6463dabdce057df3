import "server-only";
import { getToken } from "next-auth/jwt";
import { db } from "@/lib/db";
import { getAuthSecret } from "@/lib/auth/secret";

export type SessionUser = { id: string; email: string; name: string };

// Sessions are next-auth JWTs in a cookie. Reading them here (rather than through getServerSession) gives pages,
// server actions and route handlers one code path, and lets tests drive handlers with a plain Request.

export function parseCookieHeader(header: string | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    try {
      out[name] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      // a malformed cookie is ignored, not fatal
    }
  }
  return out;
}

/** Who a session token speaks for, and the session version it was issued under. */
export type SessionClaim = { userId: string; version: number };

/** The claim of a valid, unexpired session token, or null. */
export async function readSessionClaim(
  cookies: Record<string, string>,
  authorization?: string | null,
): Promise<SessionClaim | null> {
  const req = { cookies, headers: authorization ? { authorization } : {} };
  try {
    const token = await getToken({ req: req as never, secret: getAuthSecret() });
    if (typeof token?.sub !== "string") return null;
    // Tokens issued before versions existed speak for version 1, the first one every account has.
    return { userId: token.sub, version: typeof token.sv === "number" ? token.sv : 1 };
  } catch {
    return null;
  }
}

/**
 * The session's user, if the account still exists (a deleted account's cookie signs nobody in) and the session is
 * of its current version (changing the password or signing out everywhere ends every older session).
 */
export async function loadSessionUser(claim: SessionClaim | null): Promise<SessionUser | null> {
  if (!claim) return null;
  // Every signed-in request makes this read, so it is plain SQL: Prisma's typed findUnique cost about 0.8 ms of CPU
  // here against 0.3 ms for the same row this way (README, "Benchmarks").
  const [user] = await db.$queryRaw<{ id: string; email: string; name: string; sessionVersion: number }[]>`
    SELECT "id", "email", "name", "sessionVersion" FROM "User" WHERE "id" = ${claim.userId}`;
  if (!user || user.sessionVersion !== claim.version) return null;
  return { id: user.id, email: user.email, name: user.name };
}

export async function getUserFromRequest(req: Request): Promise<SessionUser | null> {
  const cookies = parseCookieHeader(req.headers.get("cookie"));
  return loadSessionUser(await readSessionClaim(cookies, req.headers.get("authorization")));
}
