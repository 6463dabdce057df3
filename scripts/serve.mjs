// One server process: Node's HTTP server in front of Next's own request handling (the same handlers `next start`
// uses), which first gives each page request its script nonce and Content-Security-Policy (scripts/page-policy.mjs).
// Doing that here rather than in a Next proxy (middleware) saves about 0.8 ms of CPU on every page (README,
// "Benchmarks"): a proxy makes Next build a web Request and Response around each page.
//
// node scripts/serve.mjs [-p port] [-H host] [--dev]   (`npm start` runs it through scripts/start.mjs; `npm run dev`
// runs it with --dev.) The database is migrated and seeded by the app as it starts (instrumentation.ts).
import { createServer } from "node:http";
import { isPageRequest, newNonce, pageCsp } from "./page-policy.mjs";

function option(flag, fallback) {
  const at = process.argv.indexOf(flag);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const dev = process.argv.includes("--dev");
const port = Number(option("-p", process.env.PORT || "3000"));
const hostname = option("-H", undefined);
// Next reads it while loading, so it is set before Next is imported; unlike `next start`, whatever the environment
// says: a production server never runs with development's checks, nor the reverse.
process.env.NODE_ENV = dev ? "development" : "production";

const { default: next } = await import("next");
const app = next({ dev, port, hostname });
// Listen first, as `next start` does: a port already taken is found at once, before the database is touched, and
// requests that arrive meanwhile wait for Next. A Next that cannot start stops the process, saying why.
const ready = app.prepare().then(() => app.getRequestHandler());
ready.catch((err) => {
  console.error("[serve] Next could not start:", err);
  process.exit(1);
});

const server = createServer(async (req, res) => {
  if (isPageRequest(req)) {
    const nonce = newNonce();
    const csp = pageCsp(nonce, { dev });
    // Next takes the nonce for its own scripts from the request's policy header; the layout reads x-nonce.
    req.headers["content-security-policy"] = csp;
    req.headers["x-nonce"] = nonce;
    res.setHeader("Content-Security-Policy", csp);
  } else {
    // Only this server says what a nonce is: one sent by a client is dropped (Next would also take it from a
    // report-only policy).
    delete req.headers["content-security-policy"];
    delete req.headers["x-nonce"];
  }
  delete req.headers["content-security-policy-report-only"];
  try {
    await (
      await ready
    )(req, res);
  } catch (err) {
    console.error("[serve] request failed", err);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  }
});
// A port already taken or not allowed: say so and stop (Next's own handlers would only log it and keep the process
// alive without serving).
server.on("error", (err) => {
  console.error(`[serve] cannot serve on port ${port}: ${err.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => {
  console.log(`[serve] ready on http://${hostname ?? "localhost"}:${port}${dev ? " (development)" : ""}`);
});
