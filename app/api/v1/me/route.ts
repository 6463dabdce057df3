import { deleteAccount } from "@/lib/accounts/delete-account";
import { deleteAccountSchema } from "@/lib/accounts/validation";
import { noParams, readJson, withUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** DELETE /api/v1/me {"password"} — removes the account and everything in it. 204, then the session is void. */
export const DELETE = withUser(noParams, async (req, { user }) => {
  const { password } = await readJson(req, deleteAccountSchema);
  await deleteAccount(user.id, password);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
