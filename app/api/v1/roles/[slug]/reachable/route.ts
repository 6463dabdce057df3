import { z } from "zod";
import { AppError, parseOrThrow } from "@/lib/errors";
import { apiRoute, json } from "@/lib/http/api";
import { reachableFrom, reachableQuerySchema } from "@/lib/ladder/reachable";

export const dynamic = "force-dynamic";

const params = z.object({
  slug: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, "must be a role slug such as outpatient-coder"),
});
export const GET = apiRoute(params, async (req, { slug }) => {
  const { within } = parseOrThrow(reachableQuerySchema, Object.fromEntries(new URL(req.url).searchParams));
  const roles = await reachableFrom(slug, within);
  if (!roles) throw new AppError("not_found", `No role "${slug}". GET /api/v1/roles lists them.`);
  return json({ from: slug, within, roles });
});
