import { z } from "zod";
import { json, readJson, withUser } from "@/lib/http/api";
import { leaveTeam, setMyShare } from "@/lib/teams/service";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().max(64) });

/** What I share with this team; takes effect on the team's next request. */
export const PATCH = withUser(params, async (req, { params: { id }, user }) =>
  json(await setMyShare(user.id, id, await readJson(req, z.unknown()))),
);

export const DELETE = withUser(params, async (_req, { params: { id }, user }) => {
  await leaveTeam(user.id, id);
  return new Response(null, { status: 204 });
});
