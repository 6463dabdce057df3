import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { SERVER_NODE_FLAGS } from "../../scripts/build-if-needed.mjs";

// Starts the production build (scripts/serve.mjs) as its own process, as `npm start` would, on a free port.

export type RunningServer = {
  url: string;
  port: number;
  /** The process started (with WEB_CONCURRENCY, the cluster's primary). */
  pid: number;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export async function startServer(env: Record<string, string | undefined>, port?: number): Promise<RunningServer> {
  const p = port ?? (await freePort());
  const url = `http://127.0.0.1:${p}`;
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries({
    ...process.env,
    NODE_ENV: "production",
    NEXTAUTH_URL: url,
    NEXT_MANUAL_SIG_HANDLE: "true",
    // Without SMTP_URL, mail is written as files: beside the test's data, never into the project's .data folder.
    MAIL_DIR: env.PGLITE_DIR ? path.join(path.dirname(env.PGLITE_DIR), "mail") : undefined,
    ...env,
  })) {
    if (v !== undefined) childEnv[k] = v;
  }
  const serve = path.join(process.cwd(), "scripts", "serve.mjs");
  // With WEB_CONCURRENCY, through `npm start`'s own script (its cluster of processes on the one port), on a build
  // the caller has made; otherwise the one server process `npm start` would run.
  const args = env.WEB_CONCURRENCY
    ? [path.join(process.cwd(), "scripts", "start.mjs")]
    : [...SERVER_NODE_FLAGS, serve, "-p", String(p), "-H", "127.0.0.1"];
  if (env.WEB_CONCURRENCY) Object.assign(childEnv, { PORT: String(p), SKIP_BUILD: "1" });
  const child: ChildProcess = spawn(process.execPath, args, {
    env: childEnv as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    try {
      // Several processes: ready once the last has said so, not when the first answers.
      const all = Number(env.WEB_CONCURRENCY ?? 1) <= 1 || /serving on \S+ with \d+ processes/.test(log);
      const res = await fetch(`${url}/api/v1/roles`);
      if (res.ok && all) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server did not become ready:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    port: p,
    pid: child.pid!,
    output: () => log,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** A minimal cookie jar for fetch: keeps name=value pairs from Set-Cookie. */
export class CookieJar {
  private cookies = new Map<string, string>();
  store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  has(name: string) {
    return this.cookies.has(name);
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/** Signs in the way next-auth's sign-in form does without JavaScript: CSRF token, then the credentials callback. */
export async function signInOverHttp(
  base: string,
  jar: CookieJar,
  email: string,
  password: string,
  headers: Record<string, string> = {},
) {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  jar.store(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header(), ...headers },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  jar.store(res);
  return res;
}
