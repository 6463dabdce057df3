import autocannon from "autocannon";

// One route under load with autocannon. autocannon's own latency histogram stops at p90/p97.5/p99 and keeps only
// 2xx responses, so every response's time is recorded here as well and the percentiles (p95 included) are computed
// from all of them: a slow 500 is still a slow answer.

export type RouteSpec = {
  name: string;
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** One Cookie header per connection (round robin); none for public routes. */
  cookies?: string[];
};

export type RouteResult = {
  name: string;
  method: string;
  path: string;
  durationSeconds: number;
  connections: number;
  responses: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; autocannonP97_5: number };
  errors: number;
  non2xx: number;
  timeouts: number;
  statusCodes: Record<string, number>;
};

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function load(
  baseUrl: string,
  route: RouteSpec,
  seconds: number,
  connections: number,
  onLatency?: (ms: number) => void,
) {
  let next = 0;
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${baseUrl}${route.path}`,
        method: route.method,
        headers: route.headers,
        body: route.body,
        connections,
        duration: seconds,
        setupClient: route.cookies?.length
          ? (client) => client.setHeaders({ ...route.headers, cookie: route.cookies![next++ % route.cookies!.length]! })
          : undefined,
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    if (onLatency) instance.on("response", (_client, _status, _bytes, ms) => onLatency(ms));
  });
}

/** Warms the route (first renders, JIT, the database pool), then measures it for `seconds`. */
export async function measureRoute(
  baseUrl: string,
  route: RouteSpec,
  opts: { seconds: number; connections: number; warmupSeconds: number },
): Promise<RouteResult> {
  if (opts.warmupSeconds > 0) await load(baseUrl, route, opts.warmupSeconds, opts.connections);
  const latencies: number[] = [];
  const r = await load(baseUrl, route, opts.seconds, opts.connections, (ms) => latencies.push(ms));
  latencies.sort((a, b) => a - b);
  const statusCodes = Object.fromEntries(
    Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => [code, s.count ?? 0]),
  );
  return {
    name: route.name,
    method: route.method,
    path: route.path,
    durationSeconds: r.duration,
    connections: opts.connections,
    responses: latencies.length,
    requestsPerSecond: r.requests.average,
    latencyMs: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? NaN,
      autocannonP97_5: r.latency.p97_5,
    },
    // autocannon counts timeouts among its errors (connection failures, resets); non-2xx answers come on top.
    errors: r.errors + r.non2xx,
    non2xx: r.non2xx,
    timeouts: r.timeouts,
    statusCodes,
  };
}
