import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

// Sealing a secret the app must read back later (an authenticator's TOTP secret): AES-256-GCM under a key derived
// from the app's own secret with HKDF, so a copy of the database alone (a backup, a dump) does not hold a usable
// second factor. The app secret is a parameter, not read here: the caller passes getAuthSecret(), and the tests
// pass theirs. `context` (the user's id) is bound in as associated data, so a sealed value copied onto another
// account's row does not open there.
//
// Format: "v1.<iv>.<ciphertext>.<tag>", base64url parts; the version leaves room for a new key or cipher later.
// Changing the app secret makes every sealed value unreadable: those people sign in with a recovery code.

const VERSION = "v1";
const INFO = "him-pathways:totp-secret:v1";
const TAG_BYTES = 16;

function keyFor(appSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", appSecret, Buffer.alloc(0), INFO, 32));
}

export function seal(appSecret: string, plaintext: string, context: string): string {
  const iv = randomBytes(12); // GCM's standard nonce size; random is safe at this volume (one per enrolment)
  const cipher = createCipheriv("aes-256-gcm", keyFor(appSecret), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const parts = [iv, body, cipher.getAuthTag()].map((p) => p.toString("base64url"));
  return [VERSION, ...parts].join(".");
}

/** The plaintext, or null when the value was not sealed by this app secret for this context (or was altered). */
export function unseal(appSecret: string, sealed: string, context: string): string | null {
  const [version, iv, body, tag, ...rest] = sealed.split(".");
  if (version !== VERSION || !iv || body === undefined || !tag || rest.length) return null;
  try {
    // A fixed tag length: GCM would otherwise accept a tag cut down to 4 bytes, which is far easier to forge.
    const decipher = createDecipheriv("aes-256-gcm", keyFor(appSecret), Buffer.from(iv, "base64url"), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
