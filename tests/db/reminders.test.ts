import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createEntry } from "@/lib/ceus/service";
import { removeHeldCredential } from "@/lib/credentials/held-service";
import { listHeld } from "@/lib/credentials/held-queries";
import { db } from "@/lib/db";
import { runReminders } from "@/lib/reminders/runner";
import { POST as oneClick } from "@/app/api/v1/unsubscribe/[token]/route";
import { callRoute } from "../helpers/call-route";
import {
  DAY_30,
  DAY_7,
  DUE,
  headerOf,
  mailTo,
  personWithCcds,
  quietEveryone,
  startRefusingSmtp,
} from "../helpers/reminders";
import { startMailbox, type TestMailbox } from "../helpers/smtp";

// The reminders runner against a real database (PGlite here, the PostgreSQL server when DATABASE_URL is set) and a
// real SMTP server: one digest on the right day and never a second, retries after a failed send, one-click
// unsubscribe, and nothing for a met credential or to an unverified address.

let box: TestMailbox;
const notes = (userId: string) => db.notification.findMany({ where: { userId }, select: { title: true, link: true } });
const digests = (userId: string) =>
  db.reminderDigest.findMany({ where: { userId }, select: { status: true, attempts: true, lastError: true } });

beforeAll(async () => {
  box = await startMailbox();
  process.env.SMTP_URL = box.url;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await box.close();
});
beforeEach(async () => {
  process.env.SMTP_URL = box.url;
  await quietEveryone();
});

describe("the reminders runner", () => {
  it("sends one digest on the right day, and a second pass that day sends nothing", async () => {
    const u = await personWithCcds();
    expect(await runReminders({ asOf: "2027-08-31" })).toEqual({ sent: 0, skipped: 0, failed: 0 });
    expect(await runReminders({ asOf: DAY_30 })).toEqual({ sent: 1, skipped: 0, failed: 0 });
    const [mail, ...more] = mailTo(box.messages, u.email);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe("Reminder: CCDS (ACDIS): CEUs due in 30 days");
    expect(mail!.text).toContain(`CCDS (ACDIS): 30 CEUs by ${DUE} — in 30 days`);
    expect(mail!.text).toMatch(/\/my-credentials\/CCDS/);
    expect(headerOf(mail!, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(headerOf(mail!, "list-unsubscribe")).toMatch(/^<https?:\/\/[^/]+\/api\/v1\/unsubscribe\/[\w-]+>$/);
    expect(String(mail!.headers.get("message-id"))).toMatch(/^<reminders-/);
    expect(await notes(u.id)).toEqual([{ title: "CCDS (ACDIS): CEUs due in 30 days", link: "/my-credentials/CCDS" }]);

    expect(await runReminders({ asOf: DAY_30 })).toEqual({ sent: 0, skipped: 0, failed: 0 });
    expect(mailTo(box.messages, u.email)).toHaveLength(1);
    expect(await notes(u.id)).toHaveLength(1);
    expect(await db.reminderClaim.count({ where: { userId: u.id } })).toBe(1);
    // The day after is no reminder day; a catch-up pass for the day itself sends nothing again either.
    expect(await runReminders({ asOf: "2027-09-02" })).toEqual({ sent: 0, skipped: 0, failed: 0 });
    await db.reminderDigest.deleteMany({ where: { userId: u.id } });
    expect(await runReminders({ asOf: DAY_30 })).toEqual({ sent: 0, skipped: 0, failed: 0 });
    expect(mailTo(box.messages, u.email)).toHaveLength(1);
    // A pass as of a far-off day keeps the claims: old rows are pruned by the real clock, not the pass's day.
    await runReminders({ asOf: "2031-06-01" });
    expect(await db.reminderClaim.count({ where: { userId: u.id } })).toBe(1);
  });

  it("retries a failed send on a later pass, after its backoff, and sends it once", async () => {
    const u = await personWithCcds();
    const refusing = await startRefusingSmtp();
    process.env.SMTP_URL = refusing.url;
    const now = new Date("2027-09-01T08:00:00Z");
    try {
      expect(await runReminders({ asOf: DAY_30, now })).toEqual({ sent: 0, skipped: 0, failed: 1 });
      expect(refusing.refused()).toBe(1);
      const [failed] = await digests(u.id);
      expect(failed).toMatchObject({ status: "failed", attempts: 1 });
      expect(failed!.lastError).toMatch(/Mailbox unavailable/);
      // The in-app reminder was claimed with the day: it is there once, whatever becomes of the email.
      expect(await notes(u.id)).toHaveLength(1);

      // Before the backoff (5 minutes) is over: nothing is tried.
      const soon = new Date(+now + 60_000);
      expect(await runReminders({ asOf: DAY_30, now: soon })).toEqual({ sent: 0, skipped: 0, failed: 0 });
      expect(refusing.refused()).toBe(1);
    } finally {
      await refusing.close();
    }
    process.env.SMTP_URL = box.url;
    const later = new Date(+now + 6 * 60_000);
    expect(await runReminders({ asOf: DAY_30, now: later })).toEqual({ sent: 1, skipped: 0, failed: 0 });
    expect(await digests(u.id)).toEqual([{ status: "sent", attempts: 2, lastError: null }]);
    expect(await runReminders({ asOf: DAY_30, now: new Date(+later + 3_600_000) })).toEqual({
      sent: 0,
      skipped: 0,
      failed: 0,
    });
    expect(mailTo(box.messages, u.email)).toHaveLength(1);
    expect(await notes(u.id)).toHaveLength(1);
  });

  it("a retry drops what has been met since: nothing owed, no email", async () => {
    const u = await personWithCcds();
    const refusing = await startRefusingSmtp();
    process.env.SMTP_URL = refusing.url;
    const now = new Date("2027-09-01T08:00:00Z");
    expect(await runReminders({ asOf: DAY_30, now })).toMatchObject({ failed: 1 });
    await refusing.close();
    process.env.SMTP_URL = box.url;
    for (const d of ["2026-02-01", "2026-03-01", "2026-04-01"])
      await createEntry(u.id, { date: d, title: "CDI course", ceus: 10 }, DAY_30);
    expect(await runReminders({ asOf: DAY_30, now: new Date(+now + 3_600_000) })).toEqual({
      sent: 0,
      skipped: 1,
      failed: 0,
    });
    expect(await digests(u.id)).toEqual([{ status: "skipped", attempts: 2, lastError: "nothing is owed any more" }]);
    expect(mailTo(box.messages, u.email)).toEqual([]);
  });

  it("the one-click POST from the email's List-Unsubscribe header stops email, not the in-app reminders", async () => {
    const u = await personWithCcds();
    expect(await runReminders({ asOf: DAY_30 })).toMatchObject({ sent: 1 });
    const header = headerOf(mailTo(box.messages, u.email)[0]!, "list-unsubscribe")!;
    const token = decodeURIComponent(/\/api\/v1\/unsubscribe\/([^>]+)>/.exec(header)![1]!);
    const res = await callRoute(oneClick, {
      method: "POST",
      params: { token },
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(res.status).toBe(200);
    expect(
      await db.user.findUnique({ where: { id: u.id }, select: { emailReminders: true, inAppReminders: true } }),
    ).toEqual({ emailReminders: false, inAppReminders: true });

    expect(await runReminders({ asOf: DAY_7 })).toEqual({ sent: 0, skipped: 1, failed: 0 });
    expect(mailTo(box.messages, u.email)).toHaveLength(1);
    expect((await notes(u.id)).map((n) => n.title)).toEqual([
      "CCDS (ACDIS): CEUs due in 30 days",
      "CCDS (ACDIS): CEUs due in 7 days",
    ]);
  });

  it("a met credential gets nothing, nor one removed", async () => {
    const met = await personWithCcds();
    for (const d of ["2026-02-01", "2026-03-01", "2026-04-01"])
      await createEntry(met.id, { date: d, title: "CDI course", ceus: 10 }, DAY_30);
    const removed = await personWithCcds();
    await removeHeldCredential(removed.id, (await listHeld(removed.id))[0]!.id);
    expect(await runReminders({ asOf: DAY_30 })).toEqual({ sent: 0, skipped: 0, failed: 0 });
    for (const u of [met, removed]) {
      expect(mailTo(box.messages, u.email)).toEqual([]);
      expect(await notes(u.id)).toEqual([]);
    }
  });

  it("an unverified address gets the reminder in the app only", async () => {
    const u = await personWithCcds({ verified: false });
    expect(await runReminders({ asOf: DAY_30 })).toEqual({ sent: 0, skipped: 1, failed: 0 });
    expect(mailTo(box.messages, u.email)).toEqual([]);
    expect(await notes(u.id)).toHaveLength(1);
    expect(await digests(u.id)).toEqual([{ status: "skipped", attempts: 1, lastError: null }]);
  });

  it("in-app off: the email only; deleting the account takes its claims and digests with it", async () => {
    const u = await personWithCcds();
    await db.user.update({ where: { id: u.id }, data: { inAppReminders: false } });
    expect(await runReminders({ asOf: DAY_30 })).toEqual({ sent: 1, skipped: 0, failed: 0 });
    expect(await notes(u.id)).toEqual([]);
    await db.user.delete({ where: { id: u.id } });
    expect(await db.reminderClaim.count({ where: { userId: u.id } })).toBe(0);
    expect(await db.reminderDigest.count({ where: { userId: u.id } })).toBe(0);
  });
});
