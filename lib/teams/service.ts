import "server-only";
import { db } from "@/lib/db";
import { AppError, parseOrThrow } from "@/lib/errors";
import { MANAGERS, noTeam, requireTeamRole } from "@/lib/teams/access";
import { readTeamRules, storedVerifyLinks } from "@/lib/teams/policy-store";
import { positionView } from "@/lib/teams/positions";
import {
  shareBodySchema,
  teamNameSchema,
  teamPatchSchema,
  type ShareLevel,
  type TeamRole,
  type VerifyLinks,
} from "@/lib/teams/validation";

// Teams, and a member's own place in them: create, rename, delete (owner), what I share, leaving. Every read is
// scoped by the caller's membership (requireTeamRole), never by the team id alone.

export async function createTeam(userId: string, input: unknown): Promise<{ id: string }> {
  const { name } = parseOrThrow(teamNameSchema, input);
  const team = await db.team.create({
    data: { name, members: { create: { userId, role: "owner" } } },
    select: { id: true },
  });
  return team;
}

export type MyTeam = { id: string; name: string; role: TeamRole; share: ShareLevel[]; members: number };

export async function listMyTeams(userId: string): Promise<MyTeam[]> {
  const rows = await db.teamMember.findMany({
    where: { userId },
    orderBy: { team: { name: "asc" } },
    select: {
      role: true,
      share: true,
      team: { select: { id: true, name: true, _count: { select: { members: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.team.id,
    name: r.team.name,
    role: r.role,
    share: r.share as ShareLevel[],
    members: r.team._count.members,
  }));
}

/** A team as one of its people sees it; owners and managers also see open invitations. */
export async function getTeam(userId: string, teamId: string) {
  const me = await requireTeamRole(userId, teamId);
  const manages = MANAGERS.includes(me.role);
  const [team, positions, invites, rules] = await Promise.all([
    db.team.findUnique({
      where: { id: teamId },
      select: { id: true, name: true, createdAt: true, _count: { select: { members: true } } },
    }),
    db.teamPosition.findMany({ where: { teamId }, orderBy: { name: "asc" }, select: positionView.select }),
    manages
      ? db.teamInvite.findMany({
          where: { teamId, usedAt: null, expiresAt: { gt: new Date() } },
          orderBy: { createdAt: "desc" },
          select: { id: true, email: true, role: true, expiresAt: true, position: { select: { name: true } } },
        })
      : Promise.resolve(null),
    readTeamRules(teamId),
  ]);
  if (!team) throw noTeam();
  return {
    id: team.id,
    name: team.name,
    createdAt: team.createdAt.toISOString(),
    members: team._count.members,
    role: me.role,
    share: me.share,
    positions: positions.map(positionView.map),
    policy: rules.policy,
    verifyLinks: rules.verifyLinks,
    ...(invites
      ? {
          invites: invites.map((i) => ({
            id: i.id,
            email: i.email,
            role: i.role,
            position: i.position?.name ?? null,
            expiresAt: i.expiresAt.toISOString(),
          })),
        }
      : {}),
  };
}

/** Renames the team and/or sets where it verifies each body's credentials (its owner); `{}` changes nothing. */
export async function updateTeam(
  userId: string,
  teamId: string,
  input: unknown,
): Promise<{ id: string; name: string; verifyLinks: VerifyLinks }> {
  await requireTeamRole(userId, teamId, ["owner"]);
  const patch = parseOrThrow(teamPatchSchema, input);
  if (patch.verifyLinks) await checkBodies(Object.keys(patch.verifyLinks));
  const row = await db.team.update({
    where: { id: teamId },
    data: { name: patch.name, verifyLinks: patch.verifyLinks },
    select: { id: true, name: true, verifyLinks: true },
  });
  return { id: row.id, name: row.name, verifyLinks: storedVerifyLinks(row.verifyLinks) };
}

/** Addresses only for bodies in the catalog: a typo would otherwise be kept and never shown. */
async function checkBodies(codes: string[]): Promise<void> {
  if (codes.length === 0) return;
  const known = new Set(
    (await db.issuingBody.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((b) => b.code),
  );
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length) {
    throw new AppError(
      "validation",
      `No issuing body ${unknown.join(", ")} in the catalog.`,
      unknown.map((c) => ({ path: `verifyLinks.${c}`, message: `${c} is not an issuing body in the catalog.` })),
    );
  }
}

/** Deleting a team removes its memberships, shares, positions and invitations at once. The members' access logs
 * keep the fact that someone looked (with the team's name), because that record is theirs. */
export async function deleteTeam(userId: string, teamId: string): Promise<void> {
  await requireTeamRole(userId, teamId, ["owner"]);
  await db.team.delete({ where: { id: teamId } });
}

export async function setMyShare(userId: string, teamId: string, input: unknown): Promise<{ share: ShareLevel[] }> {
  const me = await requireTeamRole(userId, teamId);
  const { share } = parseOrThrow(shareBodySchema, input);
  await db.teamMember.update({ where: { id: me.memberId }, data: { share } });
  return { share };
}

export async function leaveTeam(userId: string, teamId: string): Promise<void> {
  const me = await requireTeamRole(userId, teamId);
  if (me.role === "owner")
    throw new AppError("conflict", "The owner cannot leave the team. Delete the team instead, if it should end.");
  await db.teamMember.delete({ where: { id: me.memberId } });
}
