import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { parseOrThrow } from "@/lib/errors";
import { MANAGERS, requireTeamRole } from "@/lib/teams/access";
import { hasPolicy } from "@/lib/teams/policy";
import { policySchema, verifyLinksSchema, type CePolicy, type VerifyLinks } from "@/lib/teams/validation";

// The team's own rules, stored as JSON on the team and read back through the same schemas: its CE policy, and the
// verification page it uses for each issuing body.

const policyOf = (json: unknown): CePolicy | null => {
  const parsed = json ? policySchema.safeParse(json) : null;
  return parsed?.success ? parsed.data : null;
};
/** The verification pages as stored (a row written before a rule changed reads as none rather than failing). */
export const storedVerifyLinks = (json: unknown): VerifyLinks => {
  const parsed = json ? verifyLinksSchema.safeParse(json) : null;
  return parsed?.success ? parsed.data : {};
};

/** What every view of the roster needs of the team itself, in one read. */
export async function readTeamRules(teamId: string): Promise<{ policy: CePolicy | null; verifyLinks: VerifyLinks }> {
  const row = await db.team.findUnique({ where: { id: teamId }, select: { cePolicy: true, verifyLinks: true } });
  return { policy: policyOf(row?.cePolicy), verifyLinks: storedVerifyLinks(row?.verifyLinks) };
}

export async function getPolicy(userId: string, teamId: string): Promise<CePolicy | null> {
  await requireTeamRole(userId, teamId);
  return (await readTeamRules(teamId)).policy;
}

/** Replaces the policy; a body with every part empty removes it. */
export async function putPolicy(userId: string, teamId: string, input: unknown): Promise<CePolicy | null> {
  await requireTeamRole(userId, teamId, MANAGERS);
  const policy = parseOrThrow(policySchema, input);
  const stored = hasPolicy(policy) ? policy : null;
  await db.team.update({ where: { id: teamId }, data: { cePolicy: stored ?? Prisma.DbNull } });
  return stored;
}
