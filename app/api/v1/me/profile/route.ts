import { z } from "zod";
import { updateProfile } from "@/lib/accounts/profile";
import { getProfile } from "@/lib/accounts/queries";
import { AppError } from "@/lib/errors";
import { json, noParams, readJson, withUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

export const GET = withUser(noParams, async (_req, { user }) => {
  const profile = await getProfile(user.id);
  if (!profile) throw new AppError("not_found", "This account no longer exists.");
  return json({ profile });
});

const body = z.record(z.string(), z.unknown(), { error: "Send a JSON object with the fields to change." });

export const PATCH = withUser(noParams, async (req, { user }) => {
  const profile = await updateProfile(user.id, await readJson(req, body));
  return json({ profile });
});
