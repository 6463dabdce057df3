import { z } from "zod";
import { withUser } from "@/lib/http/api";
import { revokeInvite } from "@/lib/teams/invites";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().max(64), inviteId: z.string().max(64) });

export const DELETE = withUser(params, async (_req, { params: { id, inviteId }, user }) => {
  await revokeInvite(user.id, id, inviteId);
  return new Response(null, { status: 204 });
});
