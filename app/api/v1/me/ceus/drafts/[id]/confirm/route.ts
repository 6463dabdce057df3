import { z } from "zod";
import { confirmDraft } from "@/lib/capture/drafts";
import { json, readJson, withUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().min(1) });
const body = z.record(z.string(), z.unknown(), {
  error: 'Send a JSON object with any entry fields to change, such as {"ceus": 1.5}, or {}.',
});

/** Turns a draft into a CEU entry with its certificate; the body's entry fields override what was read. */
export const POST = withUser(params, async (req, { params: { id }, user }) => {
  const hasBody = Number(req.headers.get("content-length") ?? "0") > 0 || req.headers.get("content-type");
  const changes = hasBody ? await readJson(req, body) : {};
  const entry = await confirmDraft(user.id, id, changes);
  return json({ entry }, { status: 201, headers: { Location: `/api/v1/me/ceus/${entry.id}` } });
});
