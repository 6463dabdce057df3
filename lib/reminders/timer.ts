import "server-only";
import { readEnv } from "@/lib/env";
import { runReminders, summaryLine } from "@/lib/reminders/runner";
import { runTeamDigests } from "@/lib/teams/digest-runner";

// The server's own reminders pass, every REMINDERS_INTERVAL_MINUTES (15 by default; 0: off). The first pass comes
// a minute after start (or sooner, with a shorter interval), so a server restarted often still sends. A pass never
// overlaps the one before it, and its errors are logged, never fatal. The timers are unref'd: they never keep the
// process alive on shutdown.

const g = globalThis as typeof globalThis & { __himReminderTimer?: () => void };

export function startReminderTimer(minutes = readEnv().REMINDERS_INTERVAL_MINUTES): () => void {
  if (g.__himReminderTimer) return g.__himReminderTimer;
  if (!minutes) {
    console.log("[reminders] the server's timer is off (REMINDERS_INTERVAL_MINUTES=0)");
    return () => {};
  }
  let running = false;
  const pass = async () => {
    if (running) return;
    running = true;
    try {
      const summary = await runReminders();
      if (summary.sent || summary.skipped || summary.failed) console.log(`[reminders] ${summaryLine(summary)}`);
      // The managers' weekly team digests ride on the same pass (each claimed once per team, manager and week).
      const teams = await runTeamDigests();
      if (teams.sent || teams.failed) console.log(`[teams] digests: ${teams.sent} sent, ${teams.failed} failed`);
    } catch (err) {
      console.error("[reminders] the pass failed; the next one tries again:", err);
    } finally {
      running = false;
    }
  };
  const ms = Math.max(1_000, Math.round(minutes * 60_000));
  const first = setTimeout(pass, Math.min(ms, 60_000));
  const every = setInterval(pass, ms);
  first.unref();
  every.unref();
  const stop = () => {
    clearTimeout(first);
    clearInterval(every);
    delete g.__himReminderTimer;
  };
  g.__himReminderTimer = stop;
  return stop;
}
