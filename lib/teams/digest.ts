import { addDays } from "@/lib/dates";
import { layoutHtml, type MailMessage } from "@/lib/mail/message";
import { isLapsing } from "@/lib/teams/coverage";
import { changeLines, type WeekChange } from "@/lib/teams/digest-changes";
import type { RosterMember } from "@/lib/teams/roster";

// The managers' weekly email: first what changed this week (digest-changes.ts), then who does not cover their
// position and whose credentials lapse within 30 days or are past due. Built only from what members share (roster
// rows from memberView; the changes gate on the same share levels). Nothing to say: no email. Pure.

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
  members: RosterMember[];
  changes: WeekChange[];
}): MailMessage | null {
  const uncovered = p.members.filter((m) => m.coverage && !m.coverage.met);
  const lapsing = p.members.flatMap((m) =>
    (m.credentials ?? [])
      .filter((c) => isLapsing(c, p.asOf, 30))
      .map((c) => `${m.name}: ${c.code} ${c.status === "due_soon" ? `due ${c.dueDate}` : `past due (${c.dueDate})`}`),
  );
  if (!p.changes.length && !uncovered.length && !lapsing.length) return null;
  const lines = [
    ...changeLines(p.changes),
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
