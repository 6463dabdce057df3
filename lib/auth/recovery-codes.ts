import { createHash, randomInt } from "node:crypto";

// Recovery codes: ten one-time codes a person keeps on paper for the day the phone is lost.
//
// Stored only as SHA-256 hashes, not argon2 like passwords. A slow hash protects secrets people choose, which are
// few enough to guess; these are 80 random bits each (16 characters from 32), far beyond any offline search,
// so a fast hash loses nothing. And a fast, unsalted hash can be looked up: sign-in finds (and spends) the code by
// its hash in one atomic update, instead of running argon2 against each of ten rows on every attempt.

export const RECOVERY_CODE_COUNT = 10;

// No 0/O or 1/I: the codes are read off paper and typed by hand.
const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const LENGTH = 16;

/** One code, in groups of four: "7KQM-X2PA-…". */
export function newRecoveryCode(): string {
  let code = "";
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code.replace(/(.{4})(?=.)/g, "$1-");
}

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, newRecoveryCode);
}

/** The code as typed, reduced to its characters (case, spaces and dashes do not matter); null if it cannot be one. */
export function normaliseRecoveryCode(input: string): string | null {
  const chars = input.toUpperCase().replace(/[\s-]/g, "");
  return chars.length === LENGTH && [...chars].every((c) => ALPHABET.includes(c)) ? chars : null;
}

/** The hash stored for a code (and looked up when one is typed); null for input that cannot be a code. */
export function hashRecoveryCode(input: string): string | null {
  const code = normaliseRecoveryCode(input);
  return code ? createHash("sha256").update(code).digest("hex") : null;
}
