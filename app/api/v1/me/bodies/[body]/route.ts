import { z } from "zod";
import { removeMembership, setMembership } from "@/lib/credentials/memberships";
import { json, readJson, withUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

const params = z.object({ body: z.string() });
const body = z.record(z.string(), z.unknown(), { error: 'Send a JSON object: {"membershipExpires", "memberId"?}.' });

export const PUT = withUser(params, async (req, { params: { body: code }, user }) =>
  json(await setMembership(user.id, code, await readJson(req, body))),
);

export const DELETE = withUser(params, async (_req, { params: { body: code }, user }) => {
  await removeMembership(user.id, code);
  return new Response(null, { status: 204 });
});
