import { apiRoute, json, noParams } from "@/lib/http/api";
import { getPayContext } from "@/lib/salary/queries";

export const dynamic = "force-dynamic";

/** Every role's pay figures as bands (best basis first), each with its source and year, and the default raise. */
export const GET = apiRoute(noParams, async () => {
  const ctx = await getPayContext();
  return json({ thisYear: ctx.thisYear, roles: Object.values(ctx.roles), derivedGrowth: ctx.derivedGrowth });
});
