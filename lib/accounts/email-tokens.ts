import "server-only";
import { hashToken, newSecretToken } from "@/lib/auth/secret-token";
import type { EmailTokenKind } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Single-use links sent by email. The token travels only in the link; the database keeps its SHA-256, so a copy
// of the database opens nothing. Using a link is one atomic update (unused and unexpired → used), so two clicks
// racing cannot both succeed.

const HOUR = 3_600_000;
export const TOKEN_LIFETIME_MS: Record<EmailTokenKind, number> = {
  verify_email: 24 * HOUR,
  change_email: 24 * HOUR,
  reset_password: 30 * 60_000,
};

/** A new link token for the user; older unused ones of the same kind stop working. */
export async function issueToken(userId: string, kind: EmailTokenKind, newEmail?: string): Promise<string> {
  const token = newSecretToken();
  const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_MS[kind]);
  await db.$transaction([
    db.emailToken.updateMany({ where: { userId, kind, usedAt: null }, data: { usedAt: new Date() } }),
    db.emailToken.create({ data: { userId, kind, tokenHash: hashToken(token), newEmail, expiresAt } }),
  ]);
  return token;
}

/**
 * Uses a token once: its user and, for an address change, the new address. A token that was used, replaced or
 * has expired answers 410 with what to do; one never issued answers 404.
 */
export async function spendToken(
  token: string,
  kind: EmailTokenKind,
): Promise<{ userId: string; newEmail: string | null }> {
  const tokenHash = hashToken(token);
  const now = new Date();
  const { count } = await db.emailToken.updateMany({
    where: { tokenHash, kind, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  const row = await db.emailToken.findUnique({
    where: { tokenHash },
    select: { userId: true, newEmail: true, kind: true },
  });
  if (!row || row.kind !== kind)
    throw new AppError("not_found", "This link is not one HIM Pathways sent. Check that it was copied whole.");
  if (count === 0) throw new AppError("gone", "This link was already used or has expired. Ask for a new one.");
  return { userId: row.userId, newEmail: row.newEmail };
}
