// What kind of database error is this, when it is not a bug? Pure: it only looks at the error's fields, through
// Prisma's wrapper, the driver adapter's error and its cause.
//  - unavailable (down, restarting, refusing connections, out of connections): 503 with Retry-After, "try again";
//  - invalid text (a NUL character, or bytes that are not text): the input's fault, 422 — a safety net, since the
//    HTTP and action wrappers already refuse NUL characters before anything reaches the database.

const UNAVAILABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);

// Class 08 (connection exception), 53300 (too many connections), 57P01–57P03 (shutting down, cannot connect now).
const UNAVAILABLE_SQLSTATES = /^(08...|53300|57P0[123])$/;
const PRISMA_UNREACHABLE = new Set(["P1001", "P1002", "P1008", "P1017"]);
const NODE_SOCKET = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EPIPE"]);
// 55000 is a broad SQLSTATE; only its "not accepting connections" form means the database is shut to us.
const NOT_ACCEPTING =
  /not currently accepting connections|the database system is (starting up|shutting down|in recovery mode)/i;

type Loose = {
  name?: unknown;
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
};

/** Walks the error and everything it wraps; true when `test` holds for one of them. */
function anyLayer(err: unknown, test: (e: Loose) => boolean): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [err];
  while (queue.length) {
    const e = queue.shift() as Loose | null | undefined;
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    if (test(e)) return true;
    queue.push(e.cause, e.meta?.driverAdapterError);
  }
  return false;
}

export function isDatabaseUnavailable(err: unknown): boolean {
  return anyLayer(
    err,
    (e) =>
      e.name === "PrismaClientInitializationError" ||
      (typeof e.kind === "string" && UNAVAILABLE_KINDS.has(e.kind)) ||
      (typeof e.code === "string" &&
        (UNAVAILABLE_SQLSTATES.test(e.code) || PRISMA_UNREACHABLE.has(e.code) || NODE_SOCKET.has(e.code))) ||
      (typeof e.message === "string" && NOT_ACCEPTING.test(e.message)),
  );
}

// 22021: invalid byte sequence for the encoding (PostgreSQL's answer to a NUL in text); 22P05: untranslatable.
export function isInvalidText(err: unknown): boolean {
  return anyLayer(err, (e) => typeof e.code === "string" && (e.code === "22021" || e.code === "22P05"));
}
