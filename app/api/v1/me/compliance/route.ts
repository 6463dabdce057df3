import { z } from "zod";
import { isoDateSchema } from "@/lib/dates";
import { getCompliance } from "@/lib/credentials/compliance-queries";
import { parseOrThrow } from "@/lib/errors";
import { json, noParams, withUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

const query = z
  .object({
    asOf: isoDateSchema.optional(),
    dueSoonDays: z.coerce.number().int("dueSoonDays must be a whole number").min(1).max(365).optional(),
  })
  .strict();

export const GET = withUser(noParams, async (req, { user }) => {
  const q = parseOrThrow(query, Object.fromEntries(new URL(req.url).searchParams));
  const { asOf, items } = await getCompliance(user.id, q);
  return json({ asOf, items });
});
