import { z } from "zod";
import { createApiToken, listApiTokens } from "@/lib/auth/api-tokens";
import { json, noParams, readJson, withSessionUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

// Session only: a token must never mint or list tokens, or a leaked read token could grant itself more.
export const GET = withSessionUser(noParams, async (_req, { user }) => json({ tokens: await listApiTokens(user.id) }));

const body = z.record(z.string(), z.unknown(), { error: 'Send a JSON object: {"name", "scope", "expiresInDays"}.' });

/** The answer holds the token itself, once; only its hash is kept. */
export const POST = withSessionUser(noParams, async (req, { user }) =>
  json(await createApiToken(user.id, await readJson(req, body)), 201),
);
