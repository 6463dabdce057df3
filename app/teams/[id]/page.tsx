import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmButton } from "@/components/teams/confirm-button";
import { InviteForm } from "@/components/teams/invite-form";
import { PolicyForm } from "@/components/teams/policy-form";
import { PositionList } from "@/components/teams/position-list";
import { PositionForm } from "@/components/teams/position-form";
import { RosterFilters, type RosterQuery } from "@/components/teams/roster-filters";
import { RosterTable } from "@/components/teams/roster-table";
import { ShareForm } from "@/components/teams/share-form";
import { VerifyLinksForm } from "@/components/teams/verify-links-form";
import { Alert } from "@/components/ui/alert";
import { Section } from "@/components/ui/section";
import { BackLink } from "@/components/ui/text-link";
import { requirePageUser } from "@/lib/auth/current-user";
import { listMembershipBodies } from "@/lib/credentials/memberships";
import { deleteTeamAction, leaveTeamAction } from "@/lib/teams/actions";
import { orNull } from "@/lib/teams/page-queries";
import { getRoster } from "@/lib/teams/roster-service";
import { getTeam } from "@/lib/teams/service";
import { rosterQuerySchema } from "@/lib/teams/validation";

export const metadata: Metadata = { title: "Team" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TeamPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/teams/${encodeURIComponent(id)}`);
  const team = await orNull(getTeam(user.id, id));
  if (!team) notFound();
  const manages = team.role !== "member";
  const raw = Object.fromEntries(
    Object.entries(await searchParams).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""),
  );
  const query = rosterQuerySchema.safeParse(raw);
  const [roster, bodies] = await Promise.all([
    manages ? getRoster(user.id, id, query.success ? query.data : {}) : null,
    team.role === "owner" ? listMembershipBodies() : [],
  ]);
  const positions = team.positions.map((p) => ({ id: p.id, name: p.name }));
  return (
    <div className="space-y-6">
      <BackLink href="/teams">All your teams</BackLink>
      <div>
        <h1 className="text-3xl font-bold">{team.name}</h1>
        <p className="text-slate-700 dark:text-slate-300">
          You are its {team.role} · {team.members} {team.members === 1 ? "person" : "people"}
        </p>
      </div>
      {roster ? (
        <Section title="Roster" titleId="roster" className="space-y-4">
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Each member shows only what they chose to share. Every figure is self-reported: what the member entered in
            HIM Pathways, not a check with the issuing body. &quot;Verify&quot; opens the page your team&apos;s owner
            set for that body under &quot;Verification pages&quot;, or else the credential&apos;s page here, which names
            the body and its sources (HIM Pathways has no body&apos;s verification address on file).
          </p>
          {query.success ? null : <Alert tone="error">These filters are not valid; showing everyone.</Alert>}
          <RosterFilters teamId={id} query={raw as RosterQuery} />
          <RosterTable teamId={id} members={roster.members} positions={positions} />
        </Section>
      ) : null}
      {manages ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <Section title="Invite people" titleId="invite" className="space-y-4">
            <InviteForm teamId={id} canInviteManagers={team.role === "owner"} positions={positions} />
          </Section>
          <Section title="Positions" titleId="positions" className="space-y-4">
            <PositionList teamId={id} positions={team.positions} />
            <PositionForm teamId={id} />
          </Section>
          <Section title="Education policy" titleId="policy" className="space-y-4">
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Your own rule on top of the bodies&apos;, judged on the CEU logs of members who share progress.
            </p>
            <PolicyForm teamId={id} policy={team.policy} />
          </Section>
          {team.role === "owner" ? (
            <Section title="Verification pages" titleId="verify" className="space-y-4">
              <p className="text-sm text-slate-700 dark:text-slate-300">
                Where your organisation checks each body&apos;s credentials, such as its online verification or member
                directory. The roster&apos;s &quot;verify&quot; links go there. Only https addresses.
              </p>
              <VerifyLinksForm teamId={id} bodies={bodies} links={team.verifyLinks} />
            </Section>
          ) : null}
        </div>
      ) : null}
      <Section title="What I share with this team" titleId="my-share" className="space-y-4">
        <ShareForm teamId={id} share={team.share} />
        {team.role === "owner" ? (
          <ConfirmButton
            label="Delete this team…"
            question={`Delete "${team.name}"? Everyone leaves it and its positions and invitations are removed.`}
            yes="Yes, delete the team"
            run={deleteTeamAction.bind(null, { teamId: id })}
            then="/teams"
          />
        ) : (
          <ConfirmButton
            label="Leave this team…"
            question={`Leave "${team.name}"? Its managers stop seeing anything of yours at once.`}
            yes="Yes, leave"
            run={leaveTeamAction.bind(null, { teamId: id })}
            then="/teams"
          />
        )}
      </Section>
    </div>
  );
}
