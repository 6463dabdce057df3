import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { parseCookieHeader } from "@/lib/auth/session";
import { getAuthSecret } from "@/lib/auth/secret";
import { recordAttempt, forgiveSignIn, type Hit } from "@/lib/auth/throttle";
import { clientAddress, waitPhrase } from "@/lib/auth/throttle-policy";
import { refuseNul } from "@/lib/errors";
import { errorResponse } from "@/lib/http/api";

// Wraps next-auth's credentials callback with the sign-in rate limits: every attempt next-auth would act on is
// counted against the account and the address before the password is checked; a successful one is forgiven. Over
// a limit: 429 with Retry-After, in the shape next-auth's client expects ({"url"}) plus the API's error shape.
//
// To count exactly what next-auth checks, this reads the route and the body the way next-auth does: the decoded
// route segments (so /callback/%63redentials is the same route), JSON or form bodies, and for a repeated field the
// last value. Requests without a valid CSRF token are not counted (next-auth refuses them anyway), so nobody can
// lock an account with bare POSTs.

const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token=[^;]+/;

export async function throttleCredentialsSignIn(
  req: Request,
  route: string[],
  run: (req: Request) => Promise<Response>,
): Promise<Response> {
  if (req.method !== "POST" || route.join("/") !== "callback/credentials") return run(req);
  try {
    const body = await readLikeNextAuth(req.clone());
    refuseNul(body); // the catch below answers it in the API's error shape
    if (!csrfVerified(req, body?.csrfToken)) return run(req);

    const email = typeof body?.email === "string" ? body.email.trim().toLowerCase().slice(0, 254) : "";
    const hits: Hit[] = [{ scope: "signin-address", key: clientAddress(req.headers) }];
    if (email) hits.push({ scope: "signin-account", key: email });
    const recorded = await recordAttempt(hits);
    if (recorded.retryAfter > 0)
      return tooManyAttempts(recorded.retryAfter, process.env.NEXTAUTH_URL || new URL(req.url).origin);

    const res = await run(req);
    if (email && res.headers.getSetCookie().some((c) => SESSION_COOKIE.test(c))) await forgiveSignIn(recorded, email);
    return res;
  } catch (err) {
    return errorResponse(err);
  }
}

/** next-auth's own body reading: JSON, or a form where a repeated field keeps its last value. */
async function readLikeNextAuth(req: Request): Promise<Record<string, unknown> | undefined> {
  const type = req.headers.get("content-type") ?? "";
  if (type.includes("application/json")) {
    const parsed: unknown = await req.json().catch(() => undefined);
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : undefined;
  }
  if (type.includes("application/x-www-form-urlencoded"))
    return Object.fromEntries(new URLSearchParams(await req.text()));
  return undefined;
}

/** The double-submit check next-auth makes: the body's token matches the cookie's, whose hash proves we issued it. */
function csrfVerified(req: Request, bodyToken: unknown): boolean {
  if (typeof bodyToken !== "string" || !bodyToken) return false;
  const cookies = parseCookieHeader(req.headers.get("cookie"));
  const value = cookies["__Host-next-auth.csrf-token"] ?? cookies["next-auth.csrf-token"];
  const [token, hash] = (value ?? "").split("|");
  if (!token || !hash || token !== bodyToken) return false;
  const expected = createHash("sha256").update(`${token}${getAuthSecret()}`).digest("hex");
  return hash.length === expected.length && timingSafeEqual(Buffer.from(hash), Buffer.from(expected));
}

function tooManyAttempts(retryAfter: number, base: string): Response {
  const message =
    "Too many failed sign-ins for this account or network. " +
    `Wait ${waitPhrase(retryAfter)} and try again; your account and data are safe.`;
  const back = new URL("/signin", base);
  back.searchParams.set("error", "RateLimited");
  return Response.json(
    { url: back.toString(), error: { code: "rate_limited", message } },
    { status: 429, headers: { "Retry-After": String(retryAfter), "Cache-Control": "no-store" } },
  );
}
