import { z } from "zod";
import {
  getCustomCredential,
  removeCustomCredential,
  updateCustomCredential,
} from "@/lib/credentials/custom-credentials";
import { AppError } from "@/lib/errors";
import { json, readJson, withUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string() });
const body = z.record(z.string(), z.unknown(), { error: "Send a JSON object with the fields to change." });

export const GET = withUser(params, async (_req, { params: { id }, user }) => {
  const credential = await getCustomCredential(user.id, id);
  if (!credential) throw new AppError("not_found", "No such credential on your record.");
  return json({ credential });
});

export const PATCH = withUser(params, async (req, { params: { id }, user }) =>
  json({ credential: await updateCustomCredential(user.id, id, await readJson(req, body)) }),
);

export const DELETE = withUser(params, async (_req, { params: { id }, user }) => {
  await removeCustomCredential(user.id, id);
  return new Response(null, { status: 204 });
});
