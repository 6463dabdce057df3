import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { loadSessionUser, readSessionClaim, type SessionUser } from "@/lib/auth/session";

// For server components and server actions, which read the request's cookies through next/headers.

// Once per request: the layout, the page and its parts all ask; React's cache() shares the one answer.
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  const all = Object.fromEntries(jar.getAll().map((c) => [c.name, c.value]));
  return loadSessionUser(await readSessionClaim(all));
});

/** For pages: the user, or a redirect to sign-in that comes back here afterwards. */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For server actions: the user, or a 401 AppError. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthorized", "Your session has ended. Sign in again.");
  return user;
}
