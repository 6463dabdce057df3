import { endAllSessions } from "@/lib/accounts/security";
import { noParams, withSessionUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** DELETE → 204: every session of the account ends, this one included. */
export const DELETE = withSessionUser(noParams, async (_req, { user }) => {
  await endAllSessions(user.id);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
