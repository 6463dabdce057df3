import "server-only";
import { db } from "@/lib/db";
import { todayIso } from "@/lib/dates";
import { publicOrigin } from "@/lib/http/origin";
import { sendMail } from "@/lib/mail/send";
import { MANAGERS } from "@/lib/teams/access";
import { teamDigestMessage, weekOf } from "@/lib/teams/digest";
import { weekChanges } from "@/lib/teams/digest-changes";
import { readTeamRules } from "@/lib/teams/policy-store";
import { memberView } from "@/lib/teams/roster";
import { loadMemberFacts } from "@/lib/teams/roster-queries";

// The weekly digest rides on the reminders pass: each pass, every owner and manager with a verified address and
// reminder emails on gets this week's digest of each of their teams, once. The claim is a row unique per team,
// manager and week, inserted before sending (ON CONFLICT DO NOTHING): only the pass whose insert went through sends.
// A failed send is recorded as failed and not retried (next week's digest says the same, or more).

export async function runTeamDigests(opts: { asOf?: string } = {}): Promise<{ sent: number; failed: number }> {
  const asOf = opts.asOf ?? todayIso();
  const week = new Date(`${weekOf(asOf)}T00:00:00Z`);
  const [candidates, claims] = await Promise.all([
    db.teamMember.findMany({
      where: { role: { in: MANAGERS }, user: { emailVerifiedAt: { not: null }, emailReminders: true } },
      select: { teamId: true, userId: true, team: { select: { name: true } }, user: { select: { email: true } } },
    }),
    db.teamDigest.findMany({ where: { week }, select: { teamId: true, userId: true } }),
  ]);
  // Per manager, not per team: a pass that stopped after one manager's claim leaves the team's others to the next.
  const claimed = new Set(claims.map((c) => `${c.teamId}|${c.userId}`));
  const managers = candidates.filter((m) => !claimed.has(`${m.teamId}|${m.userId}`));
  // A team's roster and week are the same for each of its managers: built once per team in a pass, not per manager.
  const teams = new Map<string, ReturnType<typeof readTeamWeek>>();
  const weekOfTeam = (teamId: string) => {
    if (!teams.has(teamId)) teams.set(teamId, readTeamWeek(teamId, asOf));
    return teams.get(teamId)!;
  };
  const out = { sent: 0, failed: 0 };
  for (const m of managers) {
    const claim = await db.teamDigest.createMany({
      data: [{ teamId: m.teamId, userId: m.userId, week }],
      skipDuplicates: true,
    });
    if (claim.count === 0) continue;
    const where = { teamId_userId_week: { teamId: m.teamId, userId: m.userId, week } };
    try {
      const { members, changes } = await weekOfTeam(m.teamId);
      const message = teamDigestMessage({
        to: m.user.email,
        teamName: m.team.name,
        teamUrl: `${publicOrigin()}/teams/${m.teamId}`,
        asOf,
        members,
        changes,
      });
      if (!message) {
        await db.teamDigest.update({ where, data: { status: "skipped" } });
        continue;
      }
      await sendMail(message);
      await db.teamDigest.update({ where, data: { status: "sent", sentAt: new Date() } });
      out.sent++;
    } catch (err) {
      console.error(`[teams] digest for team ${m.teamId}:`, err instanceof Error ? err.message : err);
      await db.teamDigest.update({ where, data: { status: "failed" } }).catch(() => undefined);
      out.failed++;
    }
  }
  return out;
}

async function readTeamWeek(teamId: string, asOf: string) {
  const { policy, verifyLinks } = await readTeamRules(teamId);
  const facts = await loadMemberFacts(teamId, { asOf, policy });
  return {
    members: facts.map((f) => memberView(f, { asOf, policy, verifyLinks })),
    changes: weekChanges(facts, { asOf, policy }),
  };
}
