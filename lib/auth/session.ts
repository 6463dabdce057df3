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

/** The user id in a valid, unexpired session token, or null. */
export async function readSessionUserId(
  cookies: Record<string, string>,
  authorization?: string | null,
): Promise<string | null> {
  const req = { cookies, headers: authorization ? { authorization } : {} };
  try {
    const token = await getToken({ req: req as never, secret: getAuthSecret() });
    return typeof token?.sub === "string" ? token.sub : null;
  } catch {
    return null;
  }
}

/** The session's user, if the account still exists (a deleted account's cookie signs nobody in). */
export async function loadSessionUser(userId: string | null): Promise<SessionUser | null> {
  if (!userId) return null;
  return db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } });
}

export async function getUserFromRequest(req: Request): Promise<SessionUser | null> {
  const cookies = parseCookieHeader(req.headers.get("cookie"));
  return loadSessionUser(await readSessionUserId(cookies, req.headers.get("authorization")));
}
