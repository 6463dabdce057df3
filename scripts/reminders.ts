// `npm run reminders [-- --as-of YYYY-MM-DD]`: one reminders pass as if on that day (default today, UTC), for cron
// or to catch up after downtime (run it once per missed day: offsets match exactly, so a pass sends only what falls
// on its own day). Prints one line: "reminders: N sent, M skipped, K failed". On a PostgreSQL server any number of
// these may run beside the app's servers; on the embedded PGlite, which one process at a time may open, it refuses
// while a server (or another pass) holds the data folder — the server's own timer sends the reminders then.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { isoDateSchema, todayIso } from "@/lib/dates";
import { holdForCommand, lockFile } from "@/lib/db/process-lock";

// Like `npm start`: .env is read, variables already set win.
if (existsSync(".env")) process.loadEnvFile(".env");

function fail(message: string): never {
  console.error(`reminders: ${message}`);
  process.exit(1);
}

let asOf: string;
try {
  const { values } = parseArgs({ options: { "as-of": { type: "string" } }, strict: true });
  const parsed = isoDateSchema.safeParse(values["as-of"] ?? todayIso());
  if (!parsed.success) fail(`--as-of: ${parsed.error.issues[0]!.message}`);
  asOf = parsed.data;
} catch (err) {
  fail(`${err instanceof Error ? err.message : err}\nusage: npm run reminders -- [--as-of YYYY-MM-DD]`);
}

const file = lockFile();
const holder = file ? holdForCommand(file) : null;
if (file && holder) {
  fail(
    `${holder.role === "server" ? "the server" : "another reminders pass"} (pid ${holder.pid}) has the embedded ` +
      `database open (${file}). PGlite allows one process per data folder: the running server sends reminders ` +
      "itself (REMINDERS_INTERVAL_MINUTES); stop it first to run a pass by hand, or use a PostgreSQL server " +
      "(DATABASE_URL). If no such process runs, delete the file.",
  );
}

// Imported only now: opening the database must wait for the lock above.
const { ensureDatabaseReady } = await import("@/prisma/ready");
const { closeDb } = await import("@/lib/db");
const { runReminders, summaryLine } = await import("@/lib/reminders/runner");
const { runTeamDigests } = await import("@/lib/teams/digest-runner");
let code = 0;
try {
  await ensureDatabaseReady();
  const summary = await runReminders({ asOf });
  // The managers' weekly team digests ride on the same pass; the reminders' summary stays the last line.
  const teams = await runTeamDigests({ asOf });
  console.log(`team digests: ${teams.sent} sent, ${teams.failed} failed`);
  console.log(summaryLine(summary));
} catch (err) {
  console.error("reminders: the pass failed:", err);
  code = 1;
} finally {
  await closeDb();
}
process.exit(code);
