import "server-only";
import { hashToken, newSecretToken } from "@/lib/auth/secret-token";
import { db } from "@/lib/db";
import { AppError, parseOrThrow } from "@/lib/errors";
import { recordAttempt } from "@/lib/auth/throttle";
import type { SessionUser } from "@/lib/auth/session";
import {
  createApiTokenSchema,
  looksLikeToken,
  TOKEN_PREFIX,
  type ApiTokenScope,
  type ApiTokenView,
} from "@/lib/auth/api-token-schema";

// Personal API tokens: a long random secret shown once; only its SHA-256 is stored, so a database leak gives no
// working token (the secret has 256 bits, so a fast hash is enough: there is nothing to guess).

const DAY_MS = 86_400_000;
const MAX_TOKENS = 20;
/** lastUsedAt is written at most once a minute per token, so a busy script is not one extra write per call. */
const TOUCH_MS = 60_000;

const view = {
  id: true,
  name: true,
  scope: true,
  expiresAt: true,
  lastUsedAt: true,
  createdAt: true,
} as const;

type Row = { id: string; name: string; scope: string; expiresAt: Date; lastUsedAt: Date | null; createdAt: Date };
const toView = (r: Row): ApiTokenView => ({
  id: r.id,
  name: r.name,
  scope: r.scope as ApiTokenScope,
  expiresAt: r.expiresAt.toISOString(),
  lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});

export async function listApiTokens(userId: string): Promise<ApiTokenView[]> {
  const rows = await db.apiToken.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, select: view });
  return rows.map(toView);
}

/** Creates a token; the answer holds the secret, which is never shown again. */
export async function createApiToken(
  userId: string,
  input: unknown,
  now = new Date(),
): Promise<{ token: string; apiToken: ApiTokenView }> {
  const { name, scope, expiresInDays } = parseOrThrow(createApiTokenSchema, input);
  if ((await db.apiToken.count({ where: { userId } })) >= MAX_TOKENS) {
    throw new AppError("conflict", `You have ${MAX_TOKENS} tokens already; revoke one you no longer use first.`);
  }
  const token = TOKEN_PREFIX + newSecretToken();
  const row = await db.apiToken.create({
    data: {
      userId,
      name,
      scope,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + expiresInDays * DAY_MS),
    },
    select: view,
  });
  return { token, apiToken: toView(row) };
}

/** Revokes (deletes) one of the person's tokens; someone else's id is 404, as if it did not exist. */
export async function revokeApiToken(userId: string, id: string): Promise<void> {
  const { count } = await db.apiToken.deleteMany({ where: { id, userId } });
  if (count === 0) throw new AppError("not_found", "No such token (it may be revoked already).");
}

/**
 * Who a personal token speaks for, and with which scope; 401 for an unknown, revoked or expired token, 429 past the
 * token's rate limit. Every call counts toward that limit, whatever the route.
 */
export async function userFromApiToken(
  token: string,
  now = new Date(),
): Promise<{ user: SessionUser; scope: ApiTokenScope }> {
  const row = looksLikeToken(token)
    ? await db.apiToken.findUnique({
        where: { tokenHash: hashToken(token) },
        select: {
          id: true,
          scope: true,
          expiresAt: true,
          lastUsedAt: true,
          user: { select: { id: true, email: true, name: true } },
        },
      })
    : null;
  if (!row || row.expiresAt <= now) {
    throw new AppError("unauthorized", "This API token is not valid: it was revoked, has expired or never existed.");
  }
  const { retryAfter } = await recordAttempt([{ scope: "api-token", key: row.id }], now);
  if (retryAfter > 0) throw AppError.rateLimited("Too many requests with this token; wait and try again.", retryAfter);
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_MS) {
    await db.apiToken.updateMany({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { user: row.user, scope: row.scope as ApiTokenScope };
}
