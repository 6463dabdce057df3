import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { setsSomething } from "@/lib/db/patch";
import { AppError, parseOrThrow } from "@/lib/errors";
import { MANAGERS, requireTeamRole } from "@/lib/teams/access";
import { memberPatchSchema, positionPatchSchema, positionSchema, requiresSchema } from "@/lib/teams/validation";

// Positions (a name and the credentials it needs, as any-of groups) and who holds them. Owners and managers only;
// nobody ever edits a member's own data here, only their place in the team.

const storedRequires = z.array(z.array(z.string()));
export const positionView = {
  select: { id: true, name: true, requires: true, _count: { select: { members: true } } },
  map: (p: { id: string; name: string; requires: unknown; _count: { members: number } }) => ({
    id: p.id,
    name: p.name,
    requires: storedRequires.parse(p.requires),
    members: p._count.members,
  }),
} as const;
export const parseRequires = (raw: unknown) => storedRequires.parse(raw);

/** Codes the catalog does not know are refused by name: a position for a typo would never be covered. */
async function checkCodes(requires: string[][]) {
  const codes = [...new Set(requires.flat())];
  const known = new Set(
    (await db.credential.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((c) => c.code),
  );
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length)
    throw AppError.validation([
      { path: "requires", message: `Not credentials in the catalog: ${unknown.join(", ")}.` },
    ]);
}

export async function createPosition(userId: string, teamId: string, input: unknown): Promise<{ id: string }> {
  await requireTeamRole(userId, teamId, MANAGERS);
  const v = parseOrThrow(positionSchema, input);
  await checkCodes(v.requires);
  return db.teamPosition.create({ data: { teamId, name: v.name, requires: v.requires }, select: { id: true } });
}

export async function listPositions(userId: string, teamId: string) {
  await requireTeamRole(userId, teamId);
  const rows = await db.teamPosition.findMany({
    where: { teamId },
    orderBy: { name: "asc" },
    select: positionView.select,
  });
  return rows.map(positionView.map);
}

const noPosition = () => new AppError("not_found", "No such position in this team.");

export async function updatePosition(userId: string, teamId: string, positionId: string, input: unknown) {
  await requireTeamRole(userId, teamId, MANAGERS);
  const v = parseOrThrow(positionPatchSchema, input);
  if (v.requires) await checkCodes(parseOrThrow(requiresSchema, v.requires));
  const where = { id: positionId, teamId };
  // An empty patch changes nothing (lib/db/patch.ts): the position is only looked for then.
  const found = setsSomething(v)
    ? (await db.teamPosition.updateMany({ where, data: v })).count
    : await db.teamPosition.count({ where });
  if (found === 0) throw noPosition();
  const row = await db.teamPosition.findFirstOrThrow({
    where: { id: positionId, teamId },
    select: positionView.select,
  });
  return positionView.map(row);
}

export async function deletePosition(userId: string, teamId: string, positionId: string): Promise<void> {
  await requireTeamRole(userId, teamId, MANAGERS);
  const { count } = await db.teamPosition.deleteMany({ where: { id: positionId, teamId } });
  if (count === 0) throw noPosition();
}

/** A position id of this team, or null; another team's position answers as unknown. */
export async function requirePositionOf(teamId: string, positionId: string | null | undefined) {
  if (!positionId) return null;
  const p = await db.teamPosition.findFirst({ where: { id: positionId, teamId }, select: { id: true } });
  if (!p) throw AppError.validation([{ path: "position", message: "No such position in this team." }]);
  return p.id;
}

/** Assign a position (managers) or change a role (the owner only; the owner's own role never changes). */
export async function updateMember(userId: string, teamId: string, memberId: string, input: unknown) {
  const me = await requireTeamRole(userId, teamId, MANAGERS);
  const v = parseOrThrow(memberPatchSchema, input);
  const target = await db.teamMember.findFirst({ where: { id: memberId, teamId }, select: { id: true, role: true } });
  if (!target) throw new AppError("not_found", "No such member in this team.");
  if (v.role !== undefined) {
    if (me.role !== "owner") throw new AppError("forbidden", "Only the team's owner changes roles.");
    if (target.role === "owner") throw new AppError("conflict", "The owner's role does not change.");
  }
  const positionId = v.position === undefined ? undefined : await requirePositionOf(teamId, v.position);
  const row = await db.teamMember.update({
    where: { id: target.id },
    data: { ...(v.role ? { role: v.role } : {}), ...(positionId !== undefined ? { positionId } : {}) },
    select: { id: true, role: true, positionId: true },
  });
  return { memberId: row.id, role: row.role, position: row.positionId };
}
