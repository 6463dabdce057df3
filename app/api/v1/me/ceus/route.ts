import { z } from "zod";
import { listEntries, totalCeus } from "@/lib/ceus/queries";
import { createEntry } from "@/lib/ceus/service";
import { ceuFilterSchema } from "@/lib/ceus/validation";
import { parseOrThrow } from "@/lib/errors";
import { json, noParams, readJson, withUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

export const GET = withUser(noParams, async (req, { user }) => {
  const f = parseOrThrow(ceuFilterSchema, Object.fromEntries(new URL(req.url).searchParams));
  const entries = await listEntries(user.id, f);
  return json({ entries, total: totalCeus(entries) });
});

const body = z.record(z.string(), z.unknown(), { error: 'Send a JSON object: {"date", "title", "ceus", …}.' });

export const POST = withUser(noParams, async (req, { user }) => {
  const entry = await createEntry(user.id, await readJson(req, body));
  return json({ entry }, { status: 201, headers: { Location: `/api/v1/me/ceus/${entry.id}` } });
});
