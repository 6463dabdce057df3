import { confirmPasswordReset, resetConfirmSchema } from "@/lib/accounts/password-reset";
import { apiRoute, noParams, readJson } from "@/lib/http/api";

export const dynamic = "force-dynamic";

export const POST = apiRoute(noParams, async (req) => {
  await confirmPasswordReset(await readJson(req, resetConfirmSchema));
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
