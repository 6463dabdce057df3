import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { MANAGERS, requireTeamRole } from "@/lib/teams/access";
import { memberView } from "@/lib/teams/roster";
import { readTeamRules } from "@/lib/teams/policy-store";
import { loadMemberFacts } from "@/lib/teams/roster-queries";
import { shows } from "@/lib/teams/roster";
import { todayIso } from "@/lib/dates";

// A manager opening a member's details, or downloading one of their certificates, is written down before the
// answer leaves, and the member reads it back ("who looked at what, and when"). A member who shares nothing, or
// not certificates, answers 404 for what they did not share: nothing is opened, so nothing is logged.

const unshared = () => new AppError("not_found", "No such member, or they do not share this with the team.");

export async function getMemberDetails(viewerId: string, teamId: string, memberId: string) {
  const me = await requireTeamRole(viewerId, teamId, MANAGERS);
  const asOf = todayIso();
  const { policy, verifyLinks } = await readTeamRules(teamId);
  const facts = await loadMemberFacts(teamId, { asOf, memberId, withCertificates: true, policy });
  const f = facts[0];
  if (!f || f.share.length === 0) throw unshared();
  const subject = await db.teamMember.findUniqueOrThrow({ where: { id: f.memberId }, select: { userId: true } });
  if (subject.userId !== viewerId)
    await db.teamAccessLog.create({
      data: { teamId, teamName: me.teamName, subjectId: subject.userId, viewerId, what: "details" },
    });
  return memberView(f, { asOf, policy, verifyLinks, withCertificates: true });
}

export async function downloadMemberCertificate(viewerId: string, teamId: string, memberId: string, entryId: string) {
  const me = await requireTeamRole(viewerId, teamId, MANAGERS);
  const member = await db.teamMember.findFirst({
    where: { id: memberId, teamId },
    select: { userId: true, share: true },
  });
  if (!member || !shows.certificates(member.share as never)) throw unshared();
  const file = await db.ceuCertificate.findFirst({
    where: { entryId, userId: member.userId },
    select: { filename: true, mimeType: true, size: true, data: true },
  });
  if (!file) throw unshared();
  if (member.userId !== viewerId)
    await db.teamAccessLog.create({
      data: { teamId, teamName: me.teamName, subjectId: member.userId, viewerId, what: "certificate", entryId },
    });
  return file;
}

export type AccessLogRow = {
  at: string;
  team: string;
  teamId: string | null;
  viewer: string;
  what: "details" | "certificate";
  entryId: string | null;
  entryTitle: string | null;
};

/** Who looked at what of mine, newest first (at most 500). */
export async function listAccessLog(userId: string): Promise<AccessLogRow[]> {
  const rows = await db.teamAccessLog.findMany({
    where: { subjectId: userId },
    orderBy: { at: "desc" },
    take: 500,
    select: { at: true, teamId: true, teamName: true, what: true, entryId: true, viewer: { select: { name: true } } },
  });
  const ids = rows.map((r) => r.entryId).filter((x): x is string => x !== null);
  const titles = new Map(
    (await db.ceuEntry.findMany({ where: { userId, id: { in: ids } }, select: { id: true, title: true } })).map((e) => [
      e.id,
      e.title,
    ]),
  );
  return rows.map((r) => ({
    at: r.at.toISOString(),
    team: r.teamName,
    teamId: r.teamId,
    viewer: r.viewer?.name ?? "a deleted account",
    what: r.what as AccessLogRow["what"],
    entryId: r.entryId,
    entryTitle: r.entryId ? (titles.get(r.entryId) ?? null) : null,
  }));
}
