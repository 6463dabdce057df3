import "server-only";
import { z } from "zod";
import { getUserFromRequest, type SessionUser } from "@/lib/auth/session";
import { personalTokenOf, scopeAllows } from "@/lib/auth/api-token-schema";
import { userFromApiToken } from "@/lib/auth/api-tokens";
import { AppError, nulPath, parseOrThrow, refuseNul, toAppError } from "@/lib/errors";

// Wrappers for app/api/v1 route handlers: one error shape, one auth check, one way to read a JSON body.
// Errors are always {"error": {"code", "message", "issues"?}}.

type RouteContext = { params: Promise<Record<string, string | string[]>> };
type Handler<C> = (req: Request, ctx: C) => Promise<Response>;

export const MAX_JSON_BYTES = 64 * 1024;

export function json(data: unknown, init: number | ResponseInit = 200): Response {
  const options = typeof init === "number" ? { status: init } : init;
  return Response.json(data, { ...options, headers: { "Cache-Control": "no-store", ...options.headers } });
}

/** Any error as the API's answer: {"error": {"code", "message", "issues"?}} with its status and headers. */
export function errorResponse(err: unknown): Response {
  const appError = toAppError(err, "api");
  const { code, message, issues, retryAfter } = appError;
  const headers: Record<string, string> = {};
  if (code === "unauthorized") headers["WWW-Authenticate"] = 'Bearer realm="him-pathways"';
  if (retryAfter) headers["Retry-After"] = String(retryAfter);
  return json({ error: { code, message, ...(issues ? { issues } : {}) } }, { status: appError.status, headers });
}

/** A public route handler: params parsed with `paramsSchema`, errors mapped. */
export function apiRoute<P extends z.ZodType>(
  paramsSchema: P,
  handler: (req: Request, params: z.infer<P>) => Promise<Response>,
): Handler<RouteContext> {
  return async (req, ctx) => {
    try {
      // Static routes get no params object at all.
      const raw = (await ctx?.params) ?? {};
      // No record's id, code or slug holds a NUL character, and the database could not even look for one.
      if (nulPath(raw)) throw new AppError("not_found", "Nothing at this address.");
      refuseNul(Object.fromEntries(new URL(req.url).searchParams), "query");
      const params = parseOrThrow(paramsSchema, raw);
      return await handler(req, params);
    } catch (err) {
      return errorResponse(err);
    }
  };
}

/**
 * A route handler for the signed-in user only: 401 without a valid session or token; cross-site mutations refused.
 * A personal API token may be used within its scope: reads for GET and HEAD, read-write for anything else.
 */
export function withUser<P extends z.ZodType>(
  paramsSchema: P,
  handler: (req: Request, ctx: { params: z.infer<P>; user: SessionUser }) => Promise<Response>,
): Handler<RouteContext> {
  return userRoute(paramsSchema, handler, { tokens: true });
}

/**
 * A route only a browser session may use (the account's keys: deletion, password, email, sessions, tokens,
 * consent): an API token answers 403 here, whatever its scope.
 */
export function withSessionUser<P extends z.ZodType>(
  paramsSchema: P,
  handler: (req: Request, ctx: { params: z.infer<P>; user: SessionUser }) => Promise<Response>,
): Handler<RouteContext> {
  return userRoute(paramsSchema, handler, { tokens: false });
}

function userRoute<P extends z.ZodType>(
  paramsSchema: P,
  handler: (req: Request, ctx: { params: z.infer<P>; user: SessionUser }) => Promise<Response>,
  opts: { tokens: boolean },
): Handler<RouteContext> {
  return apiRoute(paramsSchema, async (req, params) => {
    assertSameOrigin(req);
    const user = await requestUser(req, opts.tokens);
    return handler(req, { params, user });
  });
}

async function requestUser(req: Request, tokensAllowed: boolean): Promise<SessionUser> {
  const token = personalTokenOf(req.headers.get("authorization"));
  if (!token) {
    const user = await getUserFromRequest(req);
    if (!user) throw new AppError("unauthorized", "Sign in to use this endpoint (send the session cookie).");
    return user;
  }
  // An invalid token is 401 everywhere (and counts toward its limit), before the route's own rule is applied.
  const { user, scope } = await userFromApiToken(token);
  if (!tokensAllowed) {
    throw new AppError("forbidden", "API tokens cannot be used here; sign in with a browser session for this.");
  }
  const need = SAFE_METHODS.has(req.method) ? "read" : "write";
  if (!scopeAllows(scope, need)) {
    throw new AppError("forbidden", "This token is read-only; making changes needs a read-write token.");
  }
  return user;
}

export const noParams = z.object({});

/** Reads a JSON body of at most `maxBytes`, then validates it; 415/413/422 otherwise. */
export async function readJson<T extends z.ZodType>(
  req: Request,
  schema: T,
  maxBytes = MAX_JSON_BYTES,
): Promise<z.infer<T>> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the body as JSON with Content-Type: application/json.");
  }
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const text = await readLimited(req, maxBytes);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw AppError.validation([{ path: "body", message: "The body is not valid JSON." }]);
  }
  return parseOrThrow(schema, body);
}

/** Reads a text body (CSV and the like) of at most `maxBytes`; 413 past that. */
export function readText(req: Request, maxBytes: number): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  return readLimited(req, maxBytes).then((text) => {
    refuseNul(text);
    return text;
  });
}

async function readLimited(req: Request, maxBytes: number): Promise<string> {
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function tooLarge(maxBytes: number) {
  return new AppError("payload_too_large", `The body is larger than ${Math.round(maxBytes / 1024)} KB.`);
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// Session cookies are SameSite=Lax, which already keeps them off cross-site POSTs; this refuses any mutation whose
// browser-set Origin names another host, as a second lock. Non-browser clients send no Origin and pass.
function assertSameOrigin(req: Request) {
  if (SAFE_METHODS.has(req.method)) return;
  const origin = req.headers.get("origin");
  if (!origin) return;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    // "null" or garbage: treat as foreign
  }
  if (!host || originHost !== host) throw new AppError("forbidden", "Cross-site requests are not allowed.");
}
