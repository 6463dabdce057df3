import { z } from "zod";
import { signUpFromRequest } from "@/lib/accounts/signup";
import { apiRoute, json, noParams, readJson } from "@/lib/http/api";

export const dynamic = "force-dynamic";

// The body is checked field by field inside signUp(); here it only has to be a JSON object.
const body = z.record(z.string(), z.unknown(), { error: 'Send a JSON object: {"email", "password", "name"}.' });

export const POST = apiRoute(noParams, async (req) => {
  const input = await readJson(req, body);
  const user = await signUpFromRequest(input, req.headers);
  return json(user, { status: 201, headers: { Location: "/api/v1/me/profile" } });
});
