import { addDays } from "@/lib/dates";
import { layoutHtml, type MailMessage } from "@/lib/mail/message";
import { isLapsing } from "@/lib/teams/coverage";
import type { RosterMember } from "@/lib/teams/roster";

// The managers' weekly email: who joined this week, who does not cover their position, whose credentials lapse
// within 30 days or are past due. Built only from roster rows (memberView), so it can say only what members share.
// Nothing to say: no email. Pure.

/** The Monday (UTC) of the week `iso` falls in. */
export function weekOf(iso: string): string {
  const weekday = (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(iso, -weekday);
}

const needs = (m: RosterMember) => m.coverage!.missing.map((g) => g.join(" + ")).join(" or ");

export function teamDigestMessage(p: {
  to: string;
  teamName: string;
  teamUrl: string;
  asOf: string;
  members: (RosterMember & { joinedOn: string })[];
}): MailMessage | null {
  const weekAgo = addDays(p.asOf, -7);
  const joined = p.members.filter((m) => m.joinedOn > weekAgo).map((m) => m.name);
  const uncovered = p.members.filter((m) => m.coverage && !m.coverage.met);
  const lapsing = p.members.flatMap((m) =>
    (m.credentials ?? [])
      .filter((c) => isLapsing(c, p.asOf, 30))
      .map((c) => `${m.name}: ${c.code} ${c.status === "due_soon" ? `due ${c.dueDate}` : `past due (${c.dueDate})`}`),
  );
  if (!joined.length && !uncovered.length && !lapsing.length) return null;
  const lines = [
    ...(joined.length ? [`Joined this week: ${joined.join(", ")}.`] : []),
    ...uncovered.map((m) => `${m.name} does not cover ${m.position?.name}: needs ${needs(m)}.`),
    ...(lapsing.length ? [`Lapsing within 30 days or past due: ${lapsing.join("; ")}.`] : []),
    "Every figure is self-reported by the member and shows only what they chose to share.",
  ];
  const subject = `${p.teamName}: this week's roster`;
  return {
    to: p.to,
    subject,
    text: [...lines, `Open the roster: ${p.teamUrl}`].join("\n\n"),
    html: layoutHtml(subject, [...lines.map((l) => ({ p: l })), { link: p.teamUrl, label: "Open the roster" }]),
  };
}
