// Is this error the database being out of reach (down, restarting, refusing connections, out of connections) rather
// than a bug? Those get a 503 with Retry-After and a "try again" message instead of a generic 500. Pure: it only
// looks at the error's fields, through Prisma's wrapper, the driver adapter's error and its cause.

const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError"]);

// Class 08 (connection exception), 53300 (too many connections), 57P01–57P03 (shutting down, cannot connect now).
const UNAVAILABLE_SQLSTATES = /^(08...|53300|57P0[123])$/;
const PRISMA_UNREACHABLE = new Set(["P1001", "P1002", "P1008", "P1017"]);
const NODE_SOCKET = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EPIPE"]);
// 55000 is a broad SQLSTATE; only its "not accepting connections" form means the database is shut to us.
const NOT_ACCEPTING = /not currently accepting connections|the database system is (starting up|shutting down|in recovery mode)/i;

type Loose = { name?: unknown; code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

export function isDatabaseUnavailable(err: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [err];
  while (queue.length) {
    const e = queue.shift() as Loose | null | undefined;
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    if (e.name === "PrismaClientInitializationError") return true;
    if (typeof e.kind === "string" && UNAVAILABLE_KINDS.has(e.kind)) return true;
    if (typeof e.code === "string" && (UNAVAILABLE_SQLSTATES.test(e.code) || PRISMA_UNREACHABLE.has(e.code) || NODE_SOCKET.has(e.code))) return true;
    if (typeof e.message === "string" && NOT_ACCEPTING.test(e.message)) return true;
    queue.push(e.cause, e.meta?.driverAdapterError);
  }
  return false;
}
