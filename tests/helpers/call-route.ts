import { checkAnswer } from "./api-contract";
import { discoverRoutes } from "./routes";

type Handler = (req: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

export type CallOptions = {
  method?: string;
  path?: string;
  params?: Record<string, string | string[]>;
  cookie?: string;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string is sent as is. */
  body?: unknown;
  /** Sent as multipart/form-data instead of `body`. */
  form?: FormData;
};

let routeKeys: Promise<Map<Handler, string>> | null = null;
/** Which route a handler is ("GET /api/v1/me/ceus/[id]"), so its answer can be checked against the description. */
function routeKeyOf(handler: Handler): Promise<string | undefined> {
  routeKeys ??= discoverRoutes().then((found) => new Map([...found].map(([key, h]) => [h, key])));
  return routeKeys.then((keys) => keys.get(handler));
}

/**
 * Calls a route handler in-process with a real Request, as Next would, and reads the JSON answer. Every answer of
 * an app route is checked against the OpenAPI document (tests/helpers/api-contract.ts): an undescribed status or
 * a body of another shape fails the calling test.
 */
export async function callRoute(handler: Handler, opts: CallOptions = {}) {
  const headers: Record<string, string> = { host: "localhost", ...opts.headers };
  if (opts.cookie) headers.cookie = opts.cookie;
  let body: string | FormData | undefined;
  if (opts.form) body = opts.form;
  else if (opts.body !== undefined) {
    body = typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body);
    headers["content-type"] ??= "application/json";
  }
  const req = new Request(`http://localhost${opts.path ?? "/"}`, { method: opts.method ?? "GET", headers, body });
  const res = await handler(req, { params: Promise.resolve(opts.params ?? {}) });
  const bytes = new Uint8Array(await res.clone().arrayBuffer());
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  const key = await routeKeyOf(handler);
  // A handler that is not one of the app's routes would go unchecked: that is a mistake in the test, not a pass.
  if (!key) throw new Error("callRoute was given a handler that is not exported by a route file under app/api.");
  checkAnswer(key, res.status, res.headers.get("content-type"), json);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.status, headers: res.headers, json: json as any, bytes };
}
