// The Content-Security-Policy for pages. Scripts run only from this origin or with the per-request nonce (Next puts
// it on its own scripts; the theme script reads it from the x-nonce request header); 'strict-dynamic' lets those
// scripts load the page's chunks. Inline style *attributes* must stay allowed: Recharts and React Flow position
// their SVG with style="…". Nothing may frame the app, post forms elsewhere, or load plugins.

export function pageCsp(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
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

/** A fresh, unguessable nonce per request (128 bits). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
