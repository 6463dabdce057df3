import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's baseline parameters (19 MiB, 2 passes, 1 lane): about 30–60 ms on this class of machine,
// cheap enough for sign-in under load and far too slow for offline guessing.
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed hash never signs anyone in
  }
}

// Verifying against this when the email is unknown keeps sign-in timing the same whether or not an account exists.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("not-a-real-password-at-all");
  await verifyPassword(await dummyHash, password);
}
