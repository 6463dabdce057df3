import { z } from "zod";
import { getEntry } from "@/lib/ceus/queries";
import { deleteEntry, updateEntry } from "@/lib/ceus/service";
import { AppError } from "@/lib/errors";
import { json, readJson, withUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string() });
const body = z.record(z.string(), z.unknown(), { error: "Send a JSON object with the fields to change." });

export const GET = withUser(params, async (_req, { params: { id }, user }) => {
  const entry = await getEntry(user.id, id);
  if (!entry) throw new AppError("not_found", "No such CEU entry.");
  return json({ entry });
});

export const PATCH = withUser(params, async (req, { params: { id }, user }) =>
  json({ entry: await updateEntry(user.id, id, await readJson(req, body)) }),
);

export const DELETE = withUser(params, async (_req, { params: { id }, user }) => {
  await deleteEntry(user.id, id);
  return new Response(null, { status: 204 });
});
