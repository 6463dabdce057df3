import { z } from "zod";
import { listEntries } from "@/lib/ceus/queries";
import { createEntry } from "@/lib/ceus/service";
import { isoDateSchema } from "@/lib/dates";
import { ceuSourceSchema } from "@/lib/credentials/rule-set-schema";
import { parseOrThrow } from "@/lib/errors";
import { json, noParams, readJson, withUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

const filters = z
  .object({
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    source: ceuSourceSchema.optional(),
    topic: z.string().max(40).optional(),
    q: z.string().max(100).optional(),
  })
  .strict();

export const GET = withUser(noParams, async (req, { user }) => {
  const f = parseOrThrow(filters, Object.fromEntries(new URL(req.url).searchParams));
  const entries = await listEntries(user.id, f);
  const total = Math.round(entries.reduce((s, e) => s + e.ceus, 0) * 100) / 100;
  return json({ entries, total });
});

const body = z.record(z.string(), z.unknown(), { error: 'Send a JSON object: {"date", "title", "ceus", …}.' });

export const POST = withUser(noParams, async (req, { user }) => {
  const entry = await createEntry(user.id, await readJson(req, body));
  return json({ entry }, { status: 201, headers: { Location: `/api/v1/me/ceus/${entry.id}` } });
});
