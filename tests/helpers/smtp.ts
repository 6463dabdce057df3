import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

// A real SMTP server inside the test process: it accepts every message (any login), parses it with mailparser and
// keeps it, so tests read exactly what a mail client would receive.

export type TestMailbox = {
  url: string;
  messages: ParsedMail[];
  /** Waits until a message for `to` whose subject matches arrives, and returns it. */
  waitFor: (to: string, subject: RegExp, timeoutMs?: number) => Promise<ParsedMail>;
  close: () => Promise<void>;
};

export async function startMailbox(): Promise<TestMailbox> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          done();
        })
        .catch(done);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  const recipients = (m: ParsedMail) =>
    [m.to].flat().flatMap((a) => (a ? a.value.map((v) => v.address?.toLowerCase() ?? "") : []));
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitFor(to, subject, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const hit = messages.find((m) => recipients(m).includes(to.toLowerCase()) && subject.test(m.subject ?? ""));
        if (hit) return hit;
        if (Date.now() > until) throw new Error(`no message to ${to} matching ${subject} within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
