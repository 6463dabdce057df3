import { layoutHtml, type MailMessage } from "@/lib/mail/message";

// The account emails: what each says, in plain text and HTML, from the data it needs. Pure, so tests read the
// words without sending anything. Every link is single-use and says how long it works.

type Link = { to: string; name: string; link: string };

function message(to: string, subject: string, paragraphs: string[], link?: { url: string; label: string }) {
  const text = [...paragraphs, ...(link ? [`${link.label}: ${link.url}`] : [])].join("\n\n");
  const blocks = [
    ...paragraphs.map((p) => ({ p })),
    ...(link
      ? [{ link: link.url, label: link.label }, { p: `If the link does not open, copy this address: ${link.url}` }]
      : []),
  ];
  return { to, subject, text, html: layoutHtml(subject, blocks) } satisfies MailMessage;
}

export const verifyEmailMessage = ({ to, name, link }: Link) =>
  message(
    to,
    "Confirm your email address for HIM Pathways",
    [
      `Hello ${name},`,
      "Please confirm that this is your address. Deadline reminders are sent only to confirmed addresses.",
      "The link works once, for 24 hours. If you did not sign up for HIM Pathways, ignore this email.",
    ],
    { url: link, label: "Confirm my email address" },
  );

export const resetPasswordMessage = ({ to, name, link }: Link) =>
  message(
    to,
    "Reset your HIM Pathways password",
    [
      `Hello ${name},`,
      "Someone (we hope you) asked to reset the password of your HIM Pathways account.",
      "The link works once, for 30 minutes. Setting a new password signs out every session. If you did not ask, " +
        "ignore this email: your password stays as it is.",
    ],
    { url: link, label: "Choose a new password" },
  );

export const confirmNewEmailMessage = ({ to, name, link }: Link) =>
  message(
    to,
    "Confirm your new email address for HIM Pathways",
    [
      `Hello ${name},`,
      "You asked to sign in to HIM Pathways with this address from now on. It takes effect once you open the link.",
      "The link works once, for 24 hours. If you did not ask for this, ignore this email.",
    ],
    { url: link, label: "Use this address" },
  );

export const emailChangeNoticeMessage = ({ to, name, newEmail }: { to: string; name: string; newEmail: string }) =>
  message(to, "Your HIM Pathways email address is changing", [
    `Hello ${name},`,
    `Someone signed in to your account asked to change its address to ${newEmail}. It changes only when the link ` +
      "sent there is opened.",
    "If that was not you, change your password now and sign out everywhere from your profile's security section.",
  ]);

export const passwordChangedMessage = ({ to, name }: { to: string; name: string }) =>
  message(to, "Your HIM Pathways password was changed", [
    `Hello ${name},`,
    "The password of your account was just changed, and every other session was signed out.",
    "If that was not you, reset your password from the sign-in page at once.",
  ]);
