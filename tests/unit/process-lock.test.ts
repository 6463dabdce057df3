import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { holdForCommand, liveHolder, lockFile, releaseLock } from "@/lib/db/process-lock";

// The lock file beside an embedded PGlite folder: whoever holds it is named by pid; a live holder refuses the
// reminders command, a stale one (its process gone after a crash) does not.

const dir = mkdtempSync(path.join(os.tmpdir(), "him-lock-"));
const file = path.join(dir, "server.pid");
afterEach(() => rmSync(file, { force: true }));

/** A process that is alive for the test's duration, and its pid. */
function liveProcess() {
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"], { stdio: "ignore" });
  return { pid: child.pid!, stop: () => child.kill() };
}

describe("the PGlite lock file", () => {
  it("sits beside the data folder, and only for PGlite on disk", () => {
    expect(lockFile({ PGLITE_DIR: "/srv/app/.data/pglite" } as never)).toBe("/srv/app/.data/server.pid");
    expect(lockFile({ PGLITE_DIR: "memory://" } as never)).toBeNull();
    expect(lockFile({ PGLITE_DIR: ".data/pglite", DATABASE_URL: "postgresql://x/y" } as never)).toBeNull();
  });

  it("a live server refuses the command; a stale file is taken over; the command's own file goes with it", () => {
    const server = liveProcess();
    try {
      writeFileSync(file, `${server.pid}\n`);
      expect(holdForCommand(file)).toEqual({ pid: server.pid, role: "server" });
      expect(readFileSync(file, "utf8")).toBe(`${server.pid}\n`);
    } finally {
      server.stop();
    }
    writeFileSync(file, "999999999\n"); // no such process
    expect(holdForCommand(file)).toBeNull();
    expect(readFileSync(file, "utf8")).toBe(`${process.pid} reminders\n`);
    expect(liveHolder(file)).toBeNull(); // this process is not "another" holder
    releaseLock(file);
    expect(existsSync(file)).toBe(false);
  });

  it("another live command is refused too, and nobody removes a file they do not hold", () => {
    const other = liveProcess();
    try {
      writeFileSync(file, `${other.pid} reminders\n`);
      expect(holdForCommand(file)).toEqual({ pid: other.pid, role: "reminders" });
      releaseLock(file);
      expect(existsSync(file)).toBe(true);
    } finally {
      other.stop();
    }
  });
});
