import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { runReminders } from "@/lib/reminders/runner";
import { DAY_30, DAY_7, mailTo, personWithCcds, quietEveryone, startRefusingSmtp } from "../helpers/reminders";
import { startMailbox, type TestMailbox } from "../helpers/smtp";
import type { TestUser } from "../helpers/users";

// Exactly once with several app instances on one PostgreSQL server: two `npm run reminders` processes, each with
// its own connection pool, run the same day's pass against one database at the same moment, and the SMTP server
// receives one digest per person. PGlite cannot take part: one process per data folder, and its transactions are
// serialised, which would hide the race this is about.

const onServer = inject("dbTemplate").engine === "postgres";
const PEOPLE = 8;

let box: TestMailbox;
beforeAll(async () => {
  box = await startMailbox();
});
afterAll(async () => {
  await box?.close();
});

/** `npm run reminders -- --as-of <day>` in a child process against this file's database. */
function pass(day: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "-s", "reminders", "--", "--as-of", day], {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, SMTP_URL: box.url, DB_POOL_MAX: "4" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

const summary = (out: string) => {
  const m = /reminders: (\d+) sent, (\d+) skipped, (\d+) failed/.exec(out);
  if (!m) throw new Error(`no summary line in:\n${out}`);
  return { sent: Number(m[1]), skipped: Number(m[2]), failed: Number(m[3]) };
};

const eachGotOne = async (people: TestUser[], subject: RegExp) => {
  for (const u of people) {
    expect(
      mailTo(box.messages, u.email).filter((m) => subject.test(m.subject ?? "")),
      u.email,
    ).toHaveLength(1);
  }
};

describe.skipIf(!onServer)("two reminders passes racing", () => {
  it(
    "two processes on one PostgreSQL database send one digest per person " +
      "(PostgreSQL server only: PGlite allows one process per data folder and serialises transactions)",
    async () => {
      await quietEveryone();
      const people = await Promise.all(Array.from({ length: PEOPLE }, () => personWithCcds()));
      const [a, b] = await Promise.all([pass(DAY_30), pass(DAY_30)]);
      expect([a.code, b.code], `${a.out}\n---\n${b.out}`).toEqual([0, 0]);
      const [sa, sb] = [summary(a.out), summary(b.out)];
      expect(sa.sent + sb.sent).toBe(PEOPLE);
      expect(sa.failed + sb.failed).toBe(0);
      await eachGotOne(people, /due in 30 days/);
      for (const u of people) expect(await db.notification.count({ where: { userId: u.id } })).toBe(1);
      expect(await db.reminderDigest.count({ where: { userId: { in: people.map((p) => p.id) } } })).toBe(PEOPLE);
    },
    180_000,
  );

  it(
    "two processes retrying the same failed digests send each once " +
      "(PostgreSQL server only: PGlite allows one process per data folder and serialises transactions)",
    async () => {
      await quietEveryone();
      const people = await Promise.all(Array.from({ length: PEOPLE }, () => personWithCcds()));
      const refusing = await startRefusingSmtp();
      process.env.SMTP_URL = refusing.url;
      try {
        expect(await runReminders({ asOf: DAY_7 })).toEqual({ sent: 0, skipped: 0, failed: PEOPLE });
      } finally {
        delete process.env.SMTP_URL;
        await refusing.close();
      }
      const ids = people.map((p) => p.id);
      // Their backoff is over.
      await db.reminderDigest.updateMany({ where: { userId: { in: ids } }, data: { nextAttemptAt: new Date(0) } });
      const [a, b] = await Promise.all([pass(DAY_7), pass(DAY_7)]);
      expect([a.code, b.code], `${a.out}\n---\n${b.out}`).toEqual([0, 0]);
      expect(summary(a.out).sent + summary(b.out).sent).toBe(PEOPLE);
      await eachGotOne(people, /due in 7 days/);
      const rows = await db.reminderDigest.findMany({ where: { userId: { in: ids } }, select: { status: true } });
      expect(rows.map((r) => r.status)).toEqual(Array(PEOPLE).fill("sent"));
    },
    180_000,
  );
});
