import "server-only";
import { encode } from "next-auth/jwt";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/options";
import { getAuthSecret } from "@/lib/auth/secret";

// A fresh session cookie for a person who just changed their password in this session: every other session ends
// (its version is older), this one carries on under the new version. The same token next-auth itself issues.

export type SessionCookie = {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; maxAge: number };
};

export async function sessionCookie(user: {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
}): Promise<SessionCookie> {
  const secure = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  const value = await encode({
    token: { sub: user.id, email: user.email, name: user.name, sv: user.sessionVersion },
    secret: getAuthSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    value,
    options: { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: SESSION_MAX_AGE_SECONDS },
  };
}

/** The cookie as a Set-Cookie header, for route handlers. */
export function setCookieHeader(c: SessionCookie): string {
  return [
    `${c.name}=${c.value}`,
    `Path=${c.options.path}`,
    `Max-Age=${c.options.maxAge}`,
    "HttpOnly",
    "SameSite=Lax",
    ...(c.options.secure ? ["Secure"] : []),
  ].join("; ");
}
