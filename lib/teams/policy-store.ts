import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { parseOrThrow } from "@/lib/errors";
import { MANAGERS, requireTeamRole } from "@/lib/teams/access";
import { hasPolicy } from "@/lib/teams/policy";
import { policySchema, type CePolicy } from "@/lib/teams/validation";

// The team's own CE policy, stored as JSON on the team and read back through the same schema.

export async function readPolicy(teamId: string): Promise<CePolicy | null> {
  const row = await db.team.findUnique({ where: { id: teamId }, select: { cePolicy: true } });
  if (!row?.cePolicy) return null;
  const parsed = policySchema.safeParse(row.cePolicy);
  return parsed.success ? parsed.data : null;
}

export async function getPolicy(userId: string, teamId: string): Promise<CePolicy | null> {
  await requireTeamRole(userId, teamId);
  return readPolicy(teamId);
}

/** Replaces the policy; a body with every part empty removes it. */
export async function putPolicy(userId: string, teamId: string, input: unknown): Promise<CePolicy | null> {
  await requireTeamRole(userId, teamId, MANAGERS);
  const policy = parseOrThrow(policySchema, input);
  const stored = hasPolicy(policy) ? policy : null;
  await db.team.update({ where: { id: teamId }, data: { cePolicy: stored ?? Prisma.DbNull } });
  return stored;
}
