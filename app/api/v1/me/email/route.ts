import { changeEmailSchema, requestEmailChange } from "@/lib/accounts/security";
import { json, noParams, readJson, withSessionUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** {"password", "newEmail"} → 202: the new address gets a link and takes over when it is opened. */
export const POST = withSessionUser(noParams, async (req, { user }) => {
  const { newEmail } = await requestEmailChange(user.id, await readJson(req, changeEmailSchema));
  return json({ message: `A link is on its way to ${newEmail}. Your address changes when you open it.` }, 202);
});
