import { z } from "zod";
import { json, readJson, withSessionUser, withUser } from "@/lib/http/api";
import { leaveTeam, setMyShare } from "@/lib/teams/service";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().max(64) });

/** What I share with this team; takes effect on the team's next request. Consent is the person's own, given in the
 * browser: an API token may not widen what a team sees (leaving, below, only narrows it, so a token may). */
export const PATCH = withSessionUser(params, async (req, { params: { id }, user }) =>
  json(await setMyShare(user.id, id, await readJson(req, z.unknown()))),
);

export const DELETE = withUser(params, async (_req, { params: { id }, user }) => {
  await leaveTeam(user.id, id);
  return new Response(null, { status: 204 });
});
