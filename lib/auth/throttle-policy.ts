// Rate limits for signing in and signing up. Pure: the numbers, and the arithmetic on timestamps; the counting
// against the database is in throttle.ts.
//
// Per account: 10 failed sign-ins in 15 minutes, then wait (password guessing against one person).
// Per address: 30 failed sign-ins in 15 minutes (guessing across many accounts). Higher than per account because
// a hospital's whole coding department often reaches the internet through one address.
// Sign-ups per address: 20 in an hour (account farming), again with shared office addresses in mind.
// Password-reset requests: 5 an hour per address asked about (nobody's inbox is flooded), 30 in 15 minutes per
// client address, like sign-ins. Other account emails (verification, address change): 5 an hour per account.
// Personal API tokens: 300 requests in 5 minutes per token, room for a script syncing a CEU log but not a flood.

export type Scope =
  | "signin-account"
  | "signin-address"
  | "signup-address"
  | "reset-account"
  | "reset-address"
  | "mail-account"
  | "api-token";
export type Limit = { max: number; windowMs: number };

const MINUTE = 60_000;
export const LIMITS: Record<Scope, Limit> = {
  "signin-account": { max: 10, windowMs: 15 * MINUTE },
  "signin-address": { max: 30, windowMs: 15 * MINUTE },
  "signup-address": { max: 20, windowMs: 60 * MINUTE },
  "reset-account": { max: 5, windowMs: 60 * MINUTE },
  "reset-address": { max: 30, windowMs: 15 * MINUTE },
  "mail-account": { max: 5, windowMs: 60 * MINUTE },
  "api-token": { max: 300, windowMs: 5 * MINUTE },
};

/** Attempts older than this are swept; longer than every window. */
export const KEEP_MS = 24 * 60 * MINUTE;

/**
 * Seconds until an attempt is allowed again, given the attempts in the window (oldest first, including this one);
 * 0 when within the limit. The wait ends when enough of the oldest attempts leave the window.
 */
export function retryAfterSeconds(attemptTimes: Date[], limit: Limit, now: Date): number {
  if (attemptTimes.length <= limit.max) return 0;
  // With n attempts and room for max, the (n - max)-th oldest must age out before the next one is allowed.
  const blocking = attemptTimes[attemptTimes.length - limit.max - 1]!;
  return Math.max(1, Math.ceil((blocking.getTime() + limit.windowMs - now.getTime()) / 1000));
}

/**
 * The client's address as the server saw it. Next sets X-Forwarded-For from the socket when the request has none;
 * behind a reverse proxy, the proxy appends the address it saw, so the right-most entry is the one a client cannot
 * forge past the proxy. (Without a proxy a client can send its own header and vary it: the per-account limit still
 * holds then.)
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .pop();
  return (last ?? headers.get("x-real-ip") ?? "unknown").slice(0, 100);
}

/** "1 minute", "15 minutes": how long a refused person must wait, in whole minutes. */
export function waitPhrase(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
