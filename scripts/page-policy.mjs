// The Content-Security-Policy for pages, set by the server (scripts/serve.mjs) before Next sees the request. Scripts
// run only from this origin or with the per-request nonce (Next reads it from the request's policy header and puts
// it on its own scripts; the theme script reads it from x-nonce); 'strict-dynamic' lets those scripts load the
// page's chunks. Inline style *attributes* must stay allowed: Recharts and React Flow position their SVG with
// style="…". Nothing may frame the app, post forms elsewhere, or load plugins. Plain JavaScript: the server runs it
// without a build step.

/** @param {string} nonce @param {{ dev?: boolean }} [options] */
export function pageCsp(nonce, { dev = false } = {}) {
  return [
    "default-src 'self'",
    // React in development rebuilds error stacks with eval; production never needs it.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// Asking the system for 16 random bytes per page cost about 50 µs here (half of it the call itself), so the bytes
// come from a pool of 4 KB filled in one call and used once each, 256 nonces per fill (as Node's randomUUID does).
const NONCE_BYTES = 16;
const pool = new Uint8Array(4096);
let used = pool.length;

/** A fresh, unguessable nonce per request (128 bits). */
export function newNonce() {
  if (used === pool.length) {
    crypto.getRandomValues(pool);
    used = 0;
  }
  const bytes = pool.subarray(used, (used += NONCE_BYTES));
  return Buffer.from(bytes).toString("base64");
}

// API answers and downloads get their own policy from next.config.js; built files and the icon need none; a
// prefetch carries no document (Next's router asks for it while the page that runs scripts is already open).
const NOT_PAGES = /^\/(?:api\/|_next\/static|_next\/image|icon\.svg|favicon\.ico)/;

/**
 * Whether a request is for a page, which gets a nonce and the policy.
 * @param {{ url?: string, headers: Record<string, string | string[] | undefined> }} req
 */
export function isPageRequest(req) {
  // The path as Next will route it ("/api/../dashboard" is the dashboard): a URL parser resolves dot segments.
  let path;
  try {
    path = new URL(req.url ?? "/", "http://localhost").pathname;
  } catch {
    return true; // unparseable: Next will refuse it; a policy on the refusal costs nothing
  }
  if (NOT_PAGES.test(path)) return false;
  return !req.headers["next-router-prefetch"] && req.headers.purpose !== "prefetch";
}
