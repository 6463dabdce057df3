import { z } from "zod";
import { getCompliance } from "@/lib/credentials/compliance-queries";
import { addHeldCredential } from "@/lib/credentials/held-service";
import { json, noParams, readJson, withUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

export const GET = withUser(noParams, async (_req, { user }) => {
  const { asOf, held } = await getCompliance(user.id);
  return json({ asOf, credentials: held });
});

const body = z.record(z.string(), z.unknown(), { error: 'Send a JSON object: {"code", "earnedOn", …}.' });

export const POST = withUser(noParams, async (req, { user }) => {
  const credential = await addHeldCredential(user.id, await readJson(req, body));
  return json({ credential }, { status: 201, headers: { Location: `/api/v1/me/credentials/${credential.id}` } });
});
