import { encode } from "next-auth/jwt";
import { signUp } from "@/lib/accounts/signup";
import { randomId } from "../setup/engine";

export type TestUser = { id: string; email: string; password: string; cookie: string };

/** Signs a session token exactly as next-auth would, and returns it as a Cookie header value. */
export async function sessionCookieFor(userId: string, email = "x@example.org"): Promise<string> {
  const token = await encode({ token: { sub: userId, email }, secret: process.env.NEXTAUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}

export async function createTestUser(name = "Test User", password = "a long enough password"): Promise<TestUser> {
  const email = `user-${randomId()}@example.org`;
  const { id } = await signUp({ email, password, name });
  return { id, email, password, cookie: await sessionCookieFor(id, email) };
}
