import { z } from "zod";
import { json, readJson, withUser } from "@/lib/http/api";
import { publicOrigin } from "@/lib/http/origin";
import { createShare, revokeShare } from "@/lib/salary/shared-plan";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string() });
const body = z.record(z.string(), z.unknown(), { error: 'Send a JSON object: {"expiresOn"?, "includeSalary"?}.' });

/** Makes the plan's read-only link (replacing any earlier one); the body is optional. */
export const POST = withUser(params, async (req, { params: { id }, user }) => {
  const input = req.headers.get("content-type") ? await readJson(req, body) : {};
  const token = await createShare(user.id, id, input);
  return json({ url: `${publicOrigin(req)}/shared/plans/${token}` }, 201);
});

export const DELETE = withUser(params, async (_req, { params: { id }, user }) => {
  await revokeShare(user.id, id);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
