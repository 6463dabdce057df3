import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

// /api/docs: Swagger UI's own files from node_modules/swagger-ui-dist, under a policy of this page's own: scripts
// only from this origin (no inline script, no eval), styles from this origin plus the inline style attributes the
// renderer sets, and requests only back to this origin (it fetches /api/v1/openapi.json and "Try it out" calls).

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

// Swagger UI's light greens and blues fall short of 4.5:1 on white; these keep its look with enough contrast.
const OVERRIDES = `.swagger-ui .info .title small.version-stamp { background-color: #3f6212; }
.swagger-ui .info .title small { background-color: #4b5563; }
.swagger-ui .info a, .swagger-ui .info .url { color: #1d4ed8; }
.swagger-ui .btn.authorize, .swagger-ui .btn.authorize svg { border-color: #166534; color: #166534; fill: #166534; }
.swagger-ui .opblock.opblock-get .opblock-summary-method { background: #1d4ed8; }
.swagger-ui .opblock.opblock-post .opblock-summary-method { background: #166534; }
.swagger-ui .opblock.opblock-put .opblock-summary-method { background: #9a3412; }
.swagger-ui .opblock.opblock-patch .opblock-summary-method { background: #0f766e; }
.swagger-ui .opblock.opblock-delete .opblock-summary-method { background: #b91c1c; }
.swagger-ui .json-schema-2020-12-expand-deep-button { color: #4b5563; }
`;

const INIT = `window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({ url: "/api/v1/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
`;

const HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>HIM Pathways API reference</title>
<link rel="icon" href="/icon.svg">
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
<link rel="stylesheet" href="/api/docs/overrides.css">
</head>
<body>
<main>
<h1 style="font:600 1.25rem system-ui,sans-serif;margin:1rem 1.25rem 0">HIM Pathways API reference</h1>
<p style="font:1rem system-ui,sans-serif;margin:0.5rem 1.25rem">
The machine-readable description is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
<a href="/">Back to HIM Pathways</a>.</p>
<div id="swagger-ui"><noscript>
The interactive reference needs JavaScript; the JSON description above does not.
</noscript></div>
</main>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>
`;

const headers = (type: string, cache: string) => ({
  "Content-Type": type,
  "Content-Security-Policy": CSP,
  "Cache-Control": cache,
  "X-Content-Type-Options": "nosniff",
});

export function docsPage(): Response {
  return new Response(HTML, { headers: headers("text/html; charset=utf-8", "public, max-age=300") });
}

/** The renderer's files, by name: nothing else in node_modules can be asked for. */
const ASSETS: Record<string, string> = {
  "swagger-ui-bundle.js": "application/javascript; charset=utf-8",
  "swagger-ui.css": "text/css; charset=utf-8",
};

export async function docsAsset(name: string): Promise<Response> {
  if (name === "overrides.css")
    return new Response(OVERRIDES, { headers: headers(ASSETS["swagger-ui.css"]!, "no-cache") });
  if (name === "init.js") return new Response(INIT, { headers: headers(ASSETS["swagger-ui-bundle.js"]!, "no-cache") });
  const type = ASSETS[name];
  if (!type) return new Response("Not found", { status: 404, headers: headers("text/plain", "no-store") });
  const file = await readFile(path.join(process.cwd(), "node_modules", "swagger-ui-dist", name));
  return new Response(new Uint8Array(file), { headers: headers(type, "public, max-age=86400") });
}
