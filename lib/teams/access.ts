import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ShareLevel, TeamRole } from "@/lib/teams/validation";

// Who the caller is in a team. Someone outside it gets 404, the same as a team that does not exist, so a team's
// existence is not disclosed; a member asking for what only its owner or managers may do gets 403.

export type TeamAccess = { teamId: string; teamName: string; memberId: string; role: TeamRole; share: ShareLevel[] };

export const noTeam = () => new AppError("not_found", "No such team, or you are not in it.");

export const MANAGERS: TeamRole[] = ["owner", "manager"];

export async function requireTeamRole(userId: string, teamId: string, roles?: TeamRole[]): Promise<TeamAccess> {
  const row = await db.teamMember.findFirst({
    where: { teamId, userId },
    select: { id: true, role: true, share: true, team: { select: { id: true, name: true } } },
  });
  if (!row) throw noTeam();
  if (roles && !roles.includes(row.role)) {
    const who = roles.includes("manager") ? "its owner or a manager" : "its owner";
    throw new AppError("forbidden", `Only ${who} can do this in "${row.team.name}".`);
  }
  return {
    teamId: row.team.id,
    teamName: row.team.name,
    memberId: row.id,
    role: row.role,
    share: row.share as ShareLevel[],
  };
}
