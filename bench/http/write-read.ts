import http from "node:http";

// The cache's promise, checked from outside: after a CEU entry is logged (201), the very next compliance read for
// that person includes it. Each request goes on a connection of its own, so with several processes behind the
// port the cluster hands the write and the read after it to different processes (round robin by connection).

export type WriteReadResult = { pairs: number; fresh: number; stale: number; failed: number; p95Ms: number };

type Answer = { status: number; text: string };

function send(baseUrl: string, method: string, path: string, cookie: string, body?: string): Promise<Answer> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method,
        agent: false,
        headers: {
          cookie,
          origin: url.origin,
          connection: "close",
          ...(body ? { "content-type": "application/json", "content-length": Buffer.byteLength(body) } : {}),
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (d) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** `rounds` write-then-read pairs for each signed-in person, the people in parallel. */
export async function writeThenRead(baseUrl: string, cookies: string[], rounds: number): Promise<WriteReadResult> {
  const today = new Date().toISOString().slice(0, 10);
  const result = { pairs: 0, fresh: 0, stale: 0, failed: 0 };
  const readMs: number[] = [];
  await Promise.all(
    cookies.map(async (cookie, who) => {
      for (let round = 0; round < rounds; round++) {
        result.pairs++;
        const title = `Write-then-read ${who}.${round}`;
        const body = JSON.stringify({ date: today, title, ceus: 1, source: "other" });
        const wrote = await send(baseUrl, "POST", "/api/v1/me/ceus", cookie, body).catch(() => null);
        if (wrote?.status !== 201) {
          result.failed++;
          continue;
        }
        const id = (JSON.parse(wrote.text) as { entry: { id: string } }).entry.id;
        const t0 = performance.now();
        const read = await send(baseUrl, "GET", "/api/v1/me/compliance", cookie).catch(() => null);
        readMs.push(performance.now() - t0);
        if (read?.status !== 200) result.failed++;
        else if (read.text.includes(`"${id}"`)) result.fresh++;
        else result.stale++;
      }
    }),
  );
  readMs.sort((a, b) => a - b);
  return { ...result, p95Ms: readMs[Math.max(0, Math.ceil(readMs.length * 0.95) - 1)] ?? NaN };
}
