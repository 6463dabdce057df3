import { changePassword, changePasswordSchema } from "@/lib/accounts/security";
import { sessionCookie, setCookieHeader } from "@/lib/auth/session-cookie";
import { noParams, readJson, withSessionUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** {"currentPassword", "newPassword"} → 204: every other session ends; this one gets a fresh cookie. */
export const POST = withSessionUser(noParams, async (req, { user }) => {
  const updated = await changePassword(user.id, await readJson(req, changePasswordSchema));
  return new Response(null, {
    status: 204,
    headers: { "Cache-Control": "no-store", "Set-Cookie": setCookieHeader(await sessionCookie(updated)) },
  });
});
