import { z } from "zod";
import { getCompliance } from "@/lib/credentials/compliance-queries";
import { addCustomCredential } from "@/lib/credentials/custom-credentials";
import { json, noParams, readJson, withUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

export const GET = withUser(noParams, async (_req, { user }) => {
  const { asOf, custom } = await getCompliance(user.id);
  return json({ asOf, credentials: custom });
});

const body = z.record(z.string(), z.unknown(), {
  error: 'Send a JSON object: {"name", "issuer", "earnedOn", "cycleMonths", "requiredCeus", …}.',
});

export const POST = withUser(noParams, async (req, { user }) => {
  const created = await addCustomCredential(user.id, await readJson(req, body));
  return json(
    { id: created.id, code: created.code },
    { status: 201, headers: { Location: `/api/v1/me/custom-credentials/${created.id}` } },
  );
});
