import type { ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { addHeldCredential } from "@/lib/credentials/held-service";
import { db } from "@/lib/db";
import { createTestUser, type TestUser } from "./users";

// People with a deadline for the reminders tests. A CCDS passed 2025-10-01 owes 30 CEUs ON 2027-10-01 (ACDIS), so
// its reminders fall on fixed days: 2027-07-03 (90 before), 2027-09-01 (30), 2027-09-24 (7), 2027-10-02 (1 after).

export const CCDS_EARNED = "2025-10-01";
export const DUE = "2027-10-01";
export const DAY_30 = "2027-09-01";
export const DAY_7 = "2027-09-24";

export async function personWithCcds(opts: { verified?: boolean } = {}): Promise<TestUser> {
  const user = await createTestUser("Rae Minder");
  await addHeldCredential(user.id, { code: "CCDS", earnedOn: CCDS_EARNED });
  if (opts.verified ?? true) await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
  return user;
}

/** Everyone made before (by other tests in the file) stops wanting reminders, so a pass counts only this test's. */
export async function quietEveryone() {
  await db.user.updateMany({ data: { emailReminders: false, inAppReminders: false } });
}

export const mailTo = (messages: ParsedMail[], email: string) =>
  messages.filter((m) => [m.to].flat().some((a) => a?.value.some((v) => v.address?.toLowerCase() === email)));

/** A header's value exactly as it came over the wire (mailparser turns some into objects). */
export const headerOf = (mail: ParsedMail, key: string) =>
  mail.headerLines.find((h) => h.key === key)?.line.replace(/^[^:]+:\s*/, "") ?? null;

/** An SMTP server that refuses every recipient (a mail provider's bad day). */
export async function startRefusingSmtp(): Promise<{ url: string; refused: () => number; close: () => Promise<void> }> {
  let refused = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(_address, _session, done) {
      refused++;
      const err = Object.assign(new Error("Mailbox unavailable, try again later"), { responseCode: 450 });
      done(err);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    refused: () => refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
