import { getCompliance } from "@/lib/credentials/compliance-queries";
import { complianceQuerySchema } from "@/lib/credentials/validation";
import { parseOrThrow } from "@/lib/errors";
import { json, noParams, withUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

export const GET = withUser(noParams, async (req, { user }) => {
  const q = parseOrThrow(complianceQuerySchema, Object.fromEntries(new URL(req.url).searchParams));
  const { asOf, items } = await getCompliance(user.id, q);
  return json({ asOf, items });
});
