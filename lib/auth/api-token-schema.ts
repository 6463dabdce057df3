import { z } from "zod";

// Personal API tokens at the boundary: what a person may ask for, and the token's form. Pure, no I/O.

export const API_TOKEN_SCOPES = ["read", "read-write"] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

/** A year at most: a token forgotten in a script should not work forever. */
export const MAX_TOKEN_DAYS = 365;

export const createApiTokenSchema = z
  .object({
    name: z
      .string({ error: "Name the token (what script or system uses it)." })
      .trim()
      .min(1, "Name the token (what script or system uses it).")
      .max(60, "Use at most 60 characters."),
    scope: z.enum(API_TOKEN_SCOPES, { error: 'Choose "read" or "read-write".' }),
    expiresInDays: z
      .number({ error: "expiresInDays must be a whole number of days." })
      .int("expiresInDays must be a whole number of days.")
      .min(1, "expiresInDays must be at least 1.")
      .max(MAX_TOKEN_DAYS, `A token lasts at most ${MAX_TOKEN_DAYS} days.`),
  })
  .strict();
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

/** The prefix marks a personal token: the auth layer never takes it for a session token, and scanners spot it. */
export const TOKEN_PREFIX = "himp_";
const TOKEN_SHAPE = /^himp_[A-Za-z0-9_-]{43}$/;

/** The personal token in an Authorization header ("Bearer himp_…"), or null when there is none. */
export function personalTokenOf(authorization: string | null | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  const value = match?.[1];
  return value?.startsWith(TOKEN_PREFIX) ? value : null;
}

export const looksLikeToken = (token: string) => TOKEN_SHAPE.test(token);

/** What a request may do with a token: reads need "read" or "read-write"; anything else needs "read-write". */
export function scopeAllows(scope: ApiTokenScope, need: "read" | "write"): boolean {
  return need === "read" || scope === "read-write";
}

export const apiTokenViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  scope: z.enum(API_TOKEN_SCOPES),
  expiresAt: z.string().describe("ISO date-time"),
  lastUsedAt: z.string().nullable().describe("ISO date-time of the last request made with it; null if never used"),
  createdAt: z.string(),
});
export type ApiTokenView = z.infer<typeof apiTokenViewSchema>;
