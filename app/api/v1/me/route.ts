import { deleteAccount } from "@/lib/accounts/delete-account";
import { deleteAccountSchema } from "@/lib/accounts/validation";
import { noParams, readJson, withSessionUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** DELETE /api/v1/me {"password"} — removes the account and everything in it. 204, then the session is void. */
export const DELETE = withSessionUser(noParams, async (req, { user }) => {
  const { password } = await readJson(req, deleteAccountSchema);
  await deleteAccount(user.id, password);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
