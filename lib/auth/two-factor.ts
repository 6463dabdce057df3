import "server-only";
import QRCode from "qrcode";
import { confirmPassword } from "@/lib/auth/confirm-password";
import { hashRecoveryCode, newRecoveryCodes } from "@/lib/auth/recovery-codes";
import { unsealTotpSecret } from "@/lib/auth/second-factor";
import { seal } from "@/lib/auth/seal";
import { getAuthSecret } from "@/lib/auth/secret";
import { acceptedStep, formatSecret, newTotpSecret, totpUri } from "@/lib/auth/totp";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Turning two-factor sign-in on and off. On is two steps: start (a new secret, stored sealed but not yet in force)
// and confirm (a right code from the app proves it was set up; only then does sign-in ask for codes, and the ten
// recovery codes are made and shown, once). Both ends ask for the password: a session left open on a shared
// computer must not be enough to lock the owner out, nor to take the second factor away.

export type TwoFactorStatus = { enabled: boolean; enabledAt: string | null; recoveryCodesLeft: number };

/** What the person needs to add the account to an authenticator app. */
export type TwoFactorSetup = { uri: string; secret: string; qrDataUrl: string };

export async function getTwoFactorStatus(userId: string): Promise<TwoFactorStatus> {
  const [user, recoveryCodesLeft] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  const enabledAt = user?.totpEnabledAt ?? null;
  return { enabled: enabledAt !== null, enabledAt: enabledAt?.toISOString() ?? null, recoveryCodesLeft };
}

export async function startTwoFactor(userId: string, password: string): Promise<TwoFactorSetup> {
  await confirmPassword(userId, password);
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  const secret = newTotpSecret();
  // A setup started again (or abandoned) simply replaces the unconfirmed secret; one already in force stays.
  const { count } = await db.user.updateMany({
    where: { id: userId, totpEnabledAt: null },
    data: { totpSecret: seal(getAuthSecret(), secret, userId), totpLastStep: null },
  });
  if (count === 0) throw alreadyOn();
  const uri = totpUri(secret, user.email);
  // SVG: sharp at any size, and the page's Content-Security-Policy allows data: images (img-src).
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 4 });
  return {
    uri,
    secret: formatSecret(secret),
    qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
  };
}

/** Turns two-factor sign-in on if the code is right for the secret being set up; the recovery codes, in clear. */
export async function confirmTwoFactor(userId: string, code: string, now = new Date()): Promise<string[]> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true } });
  if (user?.totpEnabledAt) throw alreadyOn();
  const secret = user?.totpSecret ? unsealTotpSecret(user.totpSecret, userId) : null;
  if (!user?.totpSecret || !secret) {
    throw new AppError("conflict", "Start setting up two-factor sign-in again: the setup was not found.");
  }
  const step = acceptedStep(secret, code, now.getTime());
  if (step === null) {
    throw AppError.validation([
      {
        path: "code",
        message:
          "That code is not right. Enter the 6-digit code your authenticator app shows now for HIM Pathways " +
          "(check that the phone's clock is set automatically).",
      },
    ]);
  }
  const codes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    // Only the secret that was checked, and only once: a setup restarted meanwhile, or a second confirm, fails.
    const { count } = await tx.user.updateMany({
      where: { id: userId, totpEnabledAt: null, totpSecret: user.totpSecret },
      data: { totpEnabledAt: now, totpLastStep: step },
    });
    if (count === 0) throw new AppError("conflict", "Two-factor sign-in changed meanwhile. Reload the page.");
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId, codeHash: hashRecoveryCode(c)! })) });
  });
  return codes;
}

/** Turns two-factor sign-in off (or abandons a setup): the secret and every recovery code are gone. */
export async function disableTwoFactor(userId: string, password: string): Promise<void> {
  await confirmPassword(userId, password);
  await db.$transaction([
    db.user.update({
      where: { id: userId },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
    }),
    db.recoveryCode.deleteMany({ where: { userId } }),
  ]);
}

const alreadyOn = () =>
  new AppError("conflict", "Two-factor sign-in is already on. Turn it off first to move it to another app.");
