import "server-only";
import { db } from "@/lib/db";
import { hashRecoveryCode } from "@/lib/auth/recovery-codes";
import { unseal } from "@/lib/auth/seal";
import { getAuthSecret } from "@/lib/auth/secret";
import { acceptedStep, totpCodeOf } from "@/lib/auth/totp";

// The second step of signing in, after a right password: a code from the authenticator app, or a recovery code.

export type TwoFactorAccount = { id: string; totpSecret: string | null };

/** Whether the code signs this account in. A TOTP code is accepted once; a recovery code is spent. */
export async function verifySecondFactor(account: TwoFactorAccount, input: string, now = new Date()) {
  if (totpCodeOf(input)) {
    const secret = account.totpSecret ? unsealTotpSecret(account.totpSecret, account.id) : null;
    const step = secret ? acceptedStep(secret, input, now.getTime()) : null;
    return step !== null && (await claimStep(account.id, step));
  }
  const hash = hashRecoveryCode(input);
  if (!hash) return false;
  // One conditional update: of two sign-ins racing with the same code, only one finds it unused.
  const { count } = await db.recoveryCode.updateMany({
    where: { userId: account.id, codeHash: hash, usedAt: null },
    data: { usedAt: now },
  });
  return count > 0;
}

/**
 * Records that the code of this time step was used, if no code of this step or a later one was used before: a
 * code seen once (over a shoulder, in a proxy's log) cannot sign in again while it is still valid (RFC 6238 §5.2).
 * A conditional update, so it holds when two sign-ins race.
 */
export async function claimStep(userId: string, step: number): Promise<boolean> {
  const { count } = await db.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}

/** The account's authenticator secret, or null if it was sealed under another app secret (or for another row). */
export function unsealTotpSecret(sealed: string, userId: string): string | null {
  return unseal(getAuthSecret(), sealed, userId);
}
