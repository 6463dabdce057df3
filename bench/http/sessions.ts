import { CookieJar, signInOverHttp } from "@/tests/helpers/server";
import { BENCH_PASSWORD, benchEmail } from "./seed";

// Sessions come from signing in over HTTP, the way a browser (and the HTTP tests) does it: fetch the CSRF token,
// POST next-auth's credentials callback, keep the session cookie it sets. Slower than encoding a JWT with the
// secret, but it proves the seeded password hashes work and the cookies are the server's own. Only failed
// sign-ins count toward the rate limits, so signing in 50 people from one address is fine.

async function signIn(baseUrl: string, email: string): Promise<string> {
  const jar = new CookieJar();
  const res = await signInOverHttp(baseUrl, jar, email, BENCH_PASSWORD);
  if (!jar.has("next-auth.session-token")) throw new Error(`sign-in as ${email} failed (HTTP ${res.status})`);
  return jar.header();
}

/** Cookie headers for `count` different seeded users (one per connection, so each connection reads its own data). */
export async function signInUsers(baseUrl: string, count: number, users: number): Promise<string[]> {
  const cookies: string[] = [];
  // Spread over the whole population (and so over every profile), one at a time: argon2 is the slow part anyway.
  const step = Math.max(1, Math.floor(users / count));
  for (let k = 0; k < count; k++) cookies.push(await signIn(baseUrl, benchEmail(1 + ((k * step) % users))));
  return cookies;
}
