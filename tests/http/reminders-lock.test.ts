import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../helpers/server";
import { freshServerEnv } from "../helpers/server-env";

// On the embedded PGlite only one process may open the data folder: the running server holds it (server.pid beside
// the folder), `npm run reminders` refuses while it does, and runs once the server has stopped.

let server: RunningServer;
let dataDir: string;
let env: Record<string, string | undefined>;
let cleanup = async () => {};

const reminders = () =>
  spawnSync("npm", ["run", "-s", "reminders", "--", "--as-of", "2027-09-01"], {
    cwd: process.cwd(),
    env: { ...process.env, ...env, DATABASE_URL: "", NODE_ENV: "production" },
    encoding: "utf8",
    timeout: 120_000,
  });

beforeAll(async () => {
  ({ env, dataDir, cleanup } = await freshServerEnv("reminders-lock"));
  env = { ...env, DATABASE_URL: undefined, REMINDERS_INTERVAL_MINUTES: "0" };
  server = await startServer(env);
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await cleanup();
});

describe("npm run reminders beside a server on PGlite", () => {
  it("the server holds the folder; the command refuses, naming it; after shutdown the command runs", async () => {
    const lock = path.join(dataDir, "server.pid");
    expect(existsSync(lock)).toBe(true);
    const pid = Number(readFileSync(lock, "utf8").trim());
    expect(() => process.kill(pid, 0)).not.toThrow();

    const refused = reminders();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`the server \\(pid ${pid}\\) has the embedded database open`));
    expect(refused.stdout).not.toMatch(/reminders: \d+ sent/);

    expect(await server.stop()).toBe(0);
    expect(existsSync(lock)).toBe(false);
    const ran = reminders();
    expect(ran.stderr).toBe("");
    expect(ran.status).toBe(0);
    expect(ran.stdout.trim().split("\n").at(-1)).toBe("reminders: 0 sent, 0 skipped, 0 failed");
    expect(existsSync(lock)).toBe(false);
  });
});
