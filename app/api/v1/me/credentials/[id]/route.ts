import { z } from "zod";
import { removeHeldCredential, updateHeldCredential } from "@/lib/credentials/held-service";
import { json, readJson, withUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string() });
const body = z.record(z.string(), z.unknown(), { error: "Send a JSON object with the fields to change." });

export const PATCH = withUser(params, async (req, { params: { id }, user }) =>
  json({ credential: await updateHeldCredential(user.id, id, await readJson(req, body)) }),
);

export const DELETE = withUser(params, async (_req, { params: { id }, user }) => {
  await removeHeldCredential(user.id, id);
  return new Response(null, { status: 204 });
});
