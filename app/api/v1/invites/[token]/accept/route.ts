import { z } from "zod";
import { json, readJson, withSessionUser } from "@/lib/http/api";
import { acceptInvite } from "@/lib/teams/invites";

export const dynamic = "force-dynamic";

const params = z.object({ token: z.string().max(100) });

/** Accepting an invitation: the signed-in person joins, sharing what they chose (an empty list shares nothing). A
 * browser session only: joining and what to share are the person's own consent, not a script's. */
export const POST = withSessionUser(params, async (req, { params: { token }, user }) =>
  json(await acceptInvite(user.id, token, await readJson(req, z.unknown()))),
);
