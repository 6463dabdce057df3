import { createHash, randomBytes } from "node:crypto";

// Every key the app hands out (emailed links, API tokens, share links, team invitations) is 32 random bytes, and only
// its SHA-256 is stored: a copy of the database opens nothing. One place, so they cannot drift apart.

/** A new unguessable key, URL-safe. */
export const newSecretToken = () => randomBytes(32).toString("base64url");

/** What is stored and looked up instead of the key itself. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
