import { z } from "zod";
import { parseOrThrow } from "@/lib/errors";
import { json, withUser } from "@/lib/http/api";
import { getRoster } from "@/lib/teams/roster-service";
import { rosterQuerySchema } from "@/lib/teams/validation";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().max(64) });

export const GET = withUser(params, async (req, { params: { id }, user }) => {
  const q = parseOrThrow(rosterQuerySchema, Object.fromEntries(new URL(req.url).searchParams));
  const roster = await getRoster(user.id, id, q);
  return json({ asOf: roster.asOf, members: roster.members });
});
