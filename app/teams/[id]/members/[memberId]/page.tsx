import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RosterTable } from "@/components/teams/roster-table";
import { Section } from "@/components/ui/section";
import { BackLink, DownloadLink } from "@/components/ui/text-link";
import { requirePageUser } from "@/lib/auth/current-user";
import { getMemberDetails } from "@/lib/teams/access-log";
import { orNull } from "@/lib/teams/page-queries";
import { getTeam } from "@/lib/teams/service";

export const metadata: Metadata = { title: "Member" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string; memberId: string }> };

/** One member's shared details; opening it is recorded in the member's access log. */
export default async function MemberPage({ params }: Props) {
  const { id, memberId } = await params;
  const user = await requirePageUser(`/teams/${encodeURIComponent(id)}/members/${encodeURIComponent(memberId)}`);
  const member = await orNull(getMemberDetails(user.id, id, memberId));
  const team = member ? await orNull(getTeam(user.id, id)) : null;
  if (!member || !team) notFound();
  const positions = team.positions.map((p) => ({ id: p.id, name: p.name }));
  return (
    <div className="space-y-6">
      <BackLink href={`/teams/${id}`}>Back to {team.name}</BackLink>
      <div>
        <h1 className="text-3xl font-bold">{member.name}</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Shares {member.share.join(", ")}. {member.name} sees that you opened this page, and when.
        </p>
      </div>
      <RosterTable teamId={id} members={[member]} positions={positions} />
      {member.progress ? (
        <Section title="CEU cycles (self-reported)" titleId="cycles" className="space-y-2">
          <ul className="space-y-1 text-sm">
            {member.progress.map((p, i) => (
              <li key={i}>
                {p.body} {p.credentials.join(", ")} · {p.cycle} cycle {p.cycleStart} to {p.cycleEnd}: {p.earned} of{" "}
                {p.required} CEUs, {p.remaining} still owed by {p.dueDate}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {member.certificates ? (
        <Section title="Certificates" titleId="certificates" className="space-y-2">
          {member.certificates.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">No certificate files on record.</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {member.certificates.map((c) => (
                <li key={c.entryId}>
                  {c.date} · {c.title} ·{" "}
                  <DownloadLink href={`/api/v1/teams/${id}/members/${memberId}/certificates/${c.entryId}`} download>
                    Download {c.filename}
                  </DownloadLink>
                </li>
              ))}
            </ul>
          )}
        </Section>
      ) : null}
    </div>
  );
}
