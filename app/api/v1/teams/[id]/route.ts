import { z } from "zod";
import { json, readJson, withSessionUser, withUser } from "@/lib/http/api";
import { deleteTeam, getTeam, updateTeam } from "@/lib/teams/service";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().max(64) });

export const GET = withUser(params, async (_req, { params: { id }, user }) =>
  json({ team: await getTeam(user.id, id) }),
);

export const PATCH = withUser(params, async (req, { params: { id }, user }) =>
  json({ team: await updateTeam(user.id, id, await readJson(req, z.unknown())) }),
);

/** Ends every member's place in the team at once: a browser session only, like deleting the account. */
export const DELETE = withSessionUser(params, async (_req, { params: { id }, user }) => {
  await deleteTeam(user.id, id);
  return new Response(null, { status: 204 });
});
