import { layoutHtml, type MailMessage } from "@/lib/mail/message";
import type { ReminderEntry } from "@/lib/reminders/wording";

// The one reminder email a person gets on a day: every deadline due a reminder, each saying what is still owed and
// linking to the credential, then how to change the days or stop these emails. Every digest carries a one-click
// unsubscribe (RFC 8058: List-Unsubscribe with an https address plus List-Unsubscribe-Post), a visible link to a
// page that asks before it unsubscribes (mail scanners follow links, so a GET changes nothing), and a link to the
// settings. Pure: subject, text and HTML from data, tested without a transport.

export type DigestInput = {
  to: string;
  name: string;
  /** The day the digest speaks for (YYYY-MM-DD). */
  today: string;
  /** The app's public origin, e.g. https://him.example.org (links in mail must be absolute). */
  origin: string;
  unsubscribeToken: string;
  /** The person's reminder days (negative: after the due date). */
  days: number[];
  entries: ReminderEntry[];
};

export function reminderLinks(origin: string, token: string) {
  const t = encodeURIComponent(token);
  return {
    /** Where a mail client POSTs "List-Unsubscribe=One-Click". */
    oneClick: `${origin}/api/v1/unsubscribe/${t}`,
    /** The page that asks before it unsubscribes. */
    page: `${origin}/unsubscribe?token=${t}`,
    settings: `${origin}/profile#reminders`,
  };
}

/** "90, 60, 30, 7 and 1 days before a due date and 1 and 30 days after it". */
export function daysInWords(days: number[]): string {
  const list = (ns: number[]) => (ns.length > 1 ? `${ns.slice(0, -1).join(", ")} and ${ns.at(-1)}` : `${ns[0]}`);
  const before = days.filter((d) => d > 0).sort((a, b) => b - a);
  const after = days
    .filter((d) => d < 0)
    .map((d) => -d)
    .sort((a, b) => a - b);
  const parts = [
    before.length ? `${list(before)} ${before.length === 1 && before[0] === 1 ? "day" : "days"} before a due date` : "",
    days.includes(0) ? "on the due date" : "",
  ];
  const anchor = parts.some(Boolean) ? "it" : "a due date";
  parts.push(
    after.length ? `${list(after)} ${after.length === 1 && after[0] === 1 ? "day" : "days"} after ${anchor}` : "",
  );
  const said = parts.filter(Boolean);
  return said.length > 1 ? `${said.slice(0, -1).join(", ")} and ${said.at(-1)}` : (said[0] ?? "");
}

export function digestSubject(entries: ReminderEntry[]): string {
  if (entries.length === 1) return `Reminder: ${entries[0]!.title}`;
  return `Reminders: ${entries.length} CEU deadlines, the first ${entries[0]!.label}`;
}

export function buildDigest(input: DigestInput): MailMessage {
  const links = reminderLinks(input.origin, input.unsubscribeToken);
  const subject = digestSubject(input.entries);
  const intro = `What is still owed on your credentials, as of ${input.today}:`;
  const schedule =
    `You get these reminders ${daysInWords(input.days)}, while CEUs are still owed. ` +
    "Change the days, or turn email or in-app reminders off, in your settings:";
  const stop = "Stop reminder emails (in-app reminders stay on):";
  const text = [
    `Hello ${input.name},`,
    "",
    intro,
    "",
    ...input.entries.flatMap((e) => [`- ${e.label}: ${e.owed}`, `  ${input.origin}${e.path}`, ""]),
    schedule,
    links.settings,
    "",
    stop,
    links.page,
    "",
    "HIM Pathways",
  ].join("\n");
  const html = layoutHtml(subject, [
    { p: `Hello ${input.name},` },
    { p: intro },
    ...input.entries.flatMap((e) => [
      { p: `${e.label}: ${e.owed}` },
      { link: `${input.origin}${e.path}`, label: `See ${e.label} on HIM Pathways` },
    ]),
    { p: schedule },
    { link: links.settings, label: "Your reminder settings" },
    { p: stop },
    { link: links.page, label: "Unsubscribe from reminder emails" },
  ]);
  return {
    to: input.to,
    subject,
    text,
    html,
    headers: {
      "List-Unsubscribe": `<${links.oneClick}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "Auto-Submitted": "auto-generated",
    },
  };
}
