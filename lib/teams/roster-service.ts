import "server-only";
import { todayIso } from "@/lib/dates";
import { MANAGERS, requireTeamRole } from "@/lib/teams/access";
import { readTeamRules } from "@/lib/teams/policy-store";
import { matchesFilter, memberView, sortRoster, type RosterFilter, type RosterSort } from "@/lib/teams/roster";
import { loadMemberFacts } from "@/lib/teams/roster-queries";

// The roster for a team's owner and managers: every member, with what each shares and nothing else.

export async function getRoster(
  userId: string,
  teamId: string,
  opts: { filter?: RosterFilter; sort?: RosterSort; asOf?: string } = {},
) {
  const me = await requireTeamRole(userId, teamId, MANAGERS);
  const asOf = opts.asOf ?? todayIso();
  // The policy first: it says whose CEU entries the roster reads, and which of them.
  const { policy, verifyLinks } = await readTeamRules(teamId);
  const facts = await loadMemberFacts(teamId, { asOf, policy });
  const members = facts
    .map((f) => memberView(f, { asOf, policy, verifyLinks }))
    .filter((m) => matchesFilter(m, opts.filter ?? {}, asOf));
  return {
    team: { id: me.teamId, name: me.teamName },
    asOf,
    policy,
    members: sortRoster(members, opts.sort ?? "name"),
  };
}
