import { Secret, TOTP } from "otpauth";

// Time-based one-time passwords (RFC 6238) as every authenticator app reads them: HMAC-SHA1, 6 digits, 30-second
// steps. Pure but for the fresh secret's randomness; the time is always passed in, so tests can move the clock.

export const TOTP_ISSUER = "HIM Pathways";
const PERIOD = 30;
const DIGITS = 6;

/** A fresh shared secret, base32 as apps and people type it: 160 bits, RFC 4226's recommended length. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secretBase32: string, email = "") {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label: email,
    algorithm: "SHA1",
    digits: DIGITS,
    period: PERIOD,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** The otpauth:// URI an authenticator app scans (issuer and email in the label, so the entry is recognisable). */
export function totpUri(secretBase32: string, email: string): string {
  return totpFor(secretBase32, email).toString();
}

/** The time step (30-second count since 1970) of a moment. */
export function totpStep(nowMs: number): number {
  return TOTP.counter({ period: PERIOD, timestamp: nowMs });
}

/** What a person typed, as six digits ("123 456" and "123456" alike), or null if it is not a TOTP code. */
export function totpCodeOf(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * The time step a code belongs to, if it is right for this secret now or one step either side (a phone's clock
 * drifts, and a code typed at the end of its 30 seconds arrives in the next); null if it is not right.
 */
export function acceptedStep(secretBase32: string, input: string, nowMs: number): number | null {
  const token = totpCodeOf(input);
  if (!token) return null;
  const delta = totpFor(secretBase32).validate({ token, timestamp: nowMs, window: 1 });
  return delta === null ? null : totpStep(nowMs) + delta;
}

/** Groups a base32 secret in fours, as it is easiest to read and type ("ABCD EFGH …"). */
export function formatSecret(secretBase32: string): string {
  return secretBase32.replace(/(.{4})(?=.)/g, "$1 ");
}
