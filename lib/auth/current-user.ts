import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import {
  loadPageSession,
  loadSessionUser,
  readSessionClaim,
  type PageSession,
  type SessionUser,
} from "@/lib/auth/session";

// For server components and server actions, which read the request's cookies through next/headers.

// Once per render: the layout, the page and its parts all ask; React's cache() shares the one answer. (A server
// action runs outside the render, so the page drawn after it reads afresh: the bell counts what the action changed.)
export const getPageSession = cache(async (): Promise<PageSession | null> =>
  loadPageSession(await readSessionClaim(await cookieValues())),
);

async function cookieValues(): Promise<Record<string, string>> {
  const jar = await cookies();
  return Object.fromEntries(jar.getAll().map((c) => [c.name, c.value]));
}

export async function getCurrentUser(): Promise<SessionUser | null> {
  return (await getPageSession())?.user ?? null;
}

/** For pages: the user, or a redirect to sign-in that comes back here afterwards. */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For server actions: the user, or a 401 AppError. (No bell is drawn there, so its count is not read.) */
export async function requireUser(): Promise<SessionUser> {
  const user = await loadSessionUser(await readSessionClaim(await cookieValues()));
  if (!user) throw new AppError("unauthorized", "Your session has ended. Sign in again.");
  return user;
}
