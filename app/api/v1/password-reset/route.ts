import { requestPasswordReset, resetRequestSchema } from "@/lib/accounts/password-reset";
import { apiRoute, json, noParams, readJson } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** Always the same answer, whether or not the address has an account: the form cannot tell who is signed up. */
export const POST = apiRoute(noParams, async (req) => {
  await requestPasswordReset(await readJson(req, resetRequestSchema), req.headers);
  return json(
    {
      message: "If an account uses that address, a link to reset its password is on its way. It works for 30 minutes.",
    },
    202,
  );
});
