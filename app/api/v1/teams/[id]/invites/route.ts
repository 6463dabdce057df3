import { z } from "zod";
import { json, readJson, withUser } from "@/lib/http/api";
import { createInvite } from "@/lib/teams/invites";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().max(64) });

export const POST = withUser(params, async (req, { params: { id }, user }) =>
  json(await createInvite(user.id, id, await readJson(req, z.unknown()), req), 201),
);
