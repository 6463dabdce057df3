import { layoutHtml, type MailMessage } from "@/lib/mail/message";

// The teams emails, as pure functions of their data: an invitation, and the managers' weekly digest (built from
// roster rows, so it can only say what members share).

export function inviteMessage(p: {
  to: string;
  teamName: string;
  inviter: string;
  role: "manager" | "member";
  link: string;
  expiresOn: string;
}): MailMessage {
  const subject = `${p.inviter} invites you to the team "${p.teamName}" on HIM Pathways`;
  const paragraphs = [
    `${p.inviter} invites you to join "${p.teamName}" as a ${p.role}.`,
    "When you accept, you choose what the team's owner and managers may see of your credentials: their status, " +
      "your CEU progress, your certificate files, or nothing. You can change or withdraw it at any time.",
    `The link works once, until ${p.expiresOn}. If you do not know ${p.inviter}, ignore this email.`,
  ];
  const text = [...paragraphs, `Open the invitation: ${p.link}`].join("\n\n");
  const html = layoutHtml(subject, [
    ...paragraphs.map((x) => ({ p: x })),
    { link: p.link, label: "Open the invitation" },
    { p: `If the link does not open, copy this address: ${p.link}` },
  ]);
  return { to: p.to, subject, text, html };
}
