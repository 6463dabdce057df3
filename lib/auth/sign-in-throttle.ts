import { recordAttempt, forgiveSignIn, type Hit } from "@/lib/auth/throttle";
import { clientAddress } from "@/lib/auth/throttle-policy";

// Wraps next-auth's credentials callback with the sign-in rate limits: every attempt is counted against the account
// and the address before the password is checked; a successful one is forgiven. Over a limit: 429 with
// Retry-After, in the shape next-auth's client expects ({"url"}) plus the API's error shape.

const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token=[^;]+/;

export async function throttleCredentialsSignIn(req: Request, run: (req: Request) => Promise<Response>): Promise<Response> {
  const url = new URL(req.url);
  if (req.method !== "POST" || !url.pathname.endsWith("/callback/credentials")) return run(req);

  const form = await req
    .clone()
    .formData()
    .catch(() => null);
  const rawEmail = form?.get("email");
  const email = typeof rawEmail === "string" ? rawEmail.trim().toLowerCase().slice(0, 254) : "";
  const hits: Hit[] = [{ scope: "signin-address", key: clientAddress(req.headers) }];
  if (email) hits.push({ scope: "signin-account", key: email });

  const recorded = await recordAttempt(hits);
  if (recorded.retryAfter > 0) return tooManyAttempts(recorded.retryAfter, process.env.NEXTAUTH_URL || url.origin);

  const res = await run(req);
  if (email && res.headers.getSetCookie().some((c) => SESSION_COOKIE.test(c))) await forgiveSignIn(recorded, email);
  return res;
}

function tooManyAttempts(retryAfter: number, base: string): Response {
  const minutes = Math.ceil(retryAfter / 60);
  const message = `Too many failed sign-ins for this account or network. Wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again; your account and data are safe.`;
  const back = new URL("/signin", base);
  back.searchParams.set("error", "RateLimited");
  return Response.json(
    { url: back.toString(), error: { code: "rate_limited", message } },
    { status: 429, headers: { "Retry-After": String(retryAfter), "Cache-Control": "no-store" } },
  );
}
