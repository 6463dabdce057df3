import { z } from "zod";
import { revokeApiToken } from "@/lib/auth/api-tokens";
import { withSessionUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().max(100) });

export const DELETE = withSessionUser(params, async (_req, { params: { id }, user }) => {
  await revokeApiToken(user.id, id);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
