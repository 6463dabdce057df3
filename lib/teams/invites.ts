import "server-only";
import { hashToken, newSecretToken } from "@/lib/auth/secret-token";
import { db } from "@/lib/db";
import { isoOf } from "@/lib/dates";
import { AppError, isUniqueViolation, parseOrThrow } from "@/lib/errors";
import { publicOrigin } from "@/lib/http/origin";
import { sendMail } from "@/lib/mail/send";
import { MANAGERS, requireTeamRole } from "@/lib/teams/access";
import { inviteMessage } from "@/lib/teams/messages";
import { requirePositionOf } from "@/lib/teams/positions";
import { inviteSchema, shareBodySchema, type ShareLevel } from "@/lib/teams/validation";

// Invitations: a link that works once, for 7 days. The token travels only in the link (emailed when an address is
// given, always shown to copy); the database keeps its SHA-256. Accepting is one atomic update (unused and
// unexpired → used) inside the transaction that adds the member, so two clicks racing cannot both join.

export const INVITE_DAYS = 7;
/** Invitations a team may create in a day: enough for onboarding a department, not for mailing the world. */
export const INVITES_PER_DAY = 100;

export const inviteUrl = (token: string, req?: Request) => `${publicOrigin(req)}/invites/${token}`;

export async function createInvite(userId: string, teamId: string, input: unknown, req?: Request) {
  const me = await requireTeamRole(userId, teamId, MANAGERS);
  const v = parseOrThrow(inviteSchema, input);
  if (v.role === "manager" && me.role !== "owner")
    throw new AppError("forbidden", "Only the team's owner invites managers.");
  const positionId = await requirePositionOf(teamId, v.position);
  const since = new Date(Date.now() - 86_400_000);
  if ((await db.teamInvite.count({ where: { teamId, createdAt: { gt: since } } })) >= INVITES_PER_DAY)
    throw AppError.rateLimited(`A team can send at most ${INVITES_PER_DAY} invitations a day.`, 3600);
  const token = newSecretToken();
  const expiresAt = new Date(Date.now() + INVITE_DAYS * 86_400_000);
  const email = v.email?.toLowerCase() ?? null;
  const invite = await db.teamInvite.create({
    data: { teamId, tokenHash: hashToken(token), email, role: v.role, positionId, createdById: userId, expiresAt },
    select: { id: true },
  });
  const url = inviteUrl(token, req);
  let emailed = false;
  if (email) {
    const inviter = await db.user.findUnique({ where: { id: userId }, select: { name: true } });
    const message = inviteMessage({
      to: email,
      teamName: me.teamName,
      inviter: inviter?.name ?? "A manager",
      role: v.role,
      link: url,
      expiresOn: isoOf(expiresAt),
    });
    // The link is shown to copy whatever happens to the email, so a failed send does not undo the invitation.
    emailed = await sendMail(message).then(
      () => true,
      (err) => (console.error("[teams] invitation email failed", err), false),
    );
  }
  return { id: invite.id, url, expiresAt: expiresAt.toISOString(), emailed };
}

export async function revokeInvite(userId: string, teamId: string, inviteId: string): Promise<void> {
  await requireTeamRole(userId, teamId, MANAGERS);
  const { count } = await db.teamInvite.deleteMany({ where: { id: inviteId, teamId, usedAt: null } });
  if (count === 0) throw new AppError("not_found", "No open invitation with that id in this team.");
}

export type InvitePreview = {
  /** For the page to tell a member who just used the link where their team is; never shown to anyone else. */
  teamId: string;
  teamName: string;
  role: "manager" | "member";
  position: string | null;
  expiresOn: string;
  state: "open" | "used" | "expired";
};

/** What the invitation page shows before accepting. A token nobody was sent answers 404. */
export async function previewInvite(token: string): Promise<InvitePreview> {
  const row = await db.teamInvite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      role: true,
      expiresAt: true,
      usedAt: true,
      team: { select: { id: true, name: true } },
      position: { select: { name: true } },
    },
  });
  if (!row || row.role === "owner") throw new AppError("not_found", "This invitation link is not one we know.");
  const state = row.usedAt ? "used" : row.expiresAt <= new Date() ? "expired" : "open";
  return {
    teamId: row.team.id,
    teamName: row.team.name,
    role: row.role,
    position: row.position?.name ?? null,
    expiresOn: isoOf(row.expiresAt),
    state,
  };
}

export async function acceptInvite(
  userId: string,
  token: string,
  input: unknown,
): Promise<{ teamId: string; share: ShareLevel[] }> {
  const { share } = parseOrThrow(shareBodySchema, input);
  const tokenHash = hashToken(token);
  const now = new Date();
  try {
    return await db.$transaction(async (tx) => {
      const invite = await tx.teamInvite.findUnique({
        where: { tokenHash },
        select: { id: true, teamId: true, role: true, positionId: true },
      });
      if (!invite) throw new AppError("not_found", "This invitation link is not one we know.");
      const { count } = await tx.teamInvite.updateMany({
        where: { id: invite.id, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (count === 0)
        throw new AppError("gone", "This invitation was already used or has expired. Ask for a new one.");
      const already = await tx.teamMember.findFirst({ where: { teamId: invite.teamId, userId }, select: { id: true } });
      if (already) throw new AppError("conflict", "You are already in this team; the invitation stays unused.");
      await tx.teamMember.create({
        data: { teamId: invite.teamId, userId, role: invite.role, share, positionId: invite.positionId },
      });
      return { teamId: invite.teamId, share };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("conflict", "You are already in this team.");
    throw err;
  }
}
