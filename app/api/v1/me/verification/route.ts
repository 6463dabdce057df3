import { sendVerification } from "@/lib/accounts/email-verification";
import { json, noParams, withSessionUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** Sends the verification link again. 409 once the address is verified; 429 after a few in an hour. */
export const POST = withSessionUser(noParams, async (_req, { user }) => {
  await sendVerification(user.id);
  return json({ message: `A new link is on its way to ${user.email}.` }, 202);
});
