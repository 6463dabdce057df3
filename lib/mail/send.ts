import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createTransport, type Transporter } from "nodemailer";
import MailComposer from "nodemailer/lib/mail-composer";
import { readEnv } from "@/lib/env";
import type { MailMessage } from "@/lib/mail/message";

// The one way out for email. With SMTP_URL the message goes to that server (nodemailer); without it — the
// embedded default — it is written as an .eml file under MAIL_DIR and the log names the file, so someone trying
// the app can open the link. Both paths build the same MIME message.

let smtp: { url: string; transport: Transporter } | null = null;

export type Sent = { messageId: string; file?: string };

export async function sendMail(message: MailMessage): Promise<Sent> {
  const env = readEnv();
  const mail = {
    from: env.MAIL_FROM,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    headers: message.headers,
  };
  if (env.SMTP_URL) {
    if (smtp?.url !== env.SMTP_URL) smtp = { url: env.SMTP_URL, transport: createTransport(env.SMTP_URL) };
    const info = await smtp.transport.sendMail(mail);
    return { messageId: info.messageId };
  }
  const raw = await new MailComposer(mail).compile().build();
  const dir = path.resolve(env.MAIL_DIR);
  await mkdir(dir, { recursive: true });
  const slug = message.subject
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 40)
    .replace(/-+$/, "");
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${slug}.eml`);
  await writeFile(file, raw);
  console.log(`[mail] to ${message.to}: "${message.subject}" written to ${path.relative(process.cwd(), file)}`);
  return { messageId: file, file };
}
