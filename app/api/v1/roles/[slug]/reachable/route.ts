import { z } from "zod";
import { AppError, parseOrThrow } from "@/lib/errors";
import { apiRoute, json } from "@/lib/http/api";
import { MAX_REACH_MOVES, reachableFrom } from "@/lib/ladder/reachable";

export const dynamic = "force-dynamic";

const params = z.object({
  slug: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, "must be a role slug such as outpatient-coder"),
});
const query = z.object({
  within: z.coerce
    .number({ error: "within must be a number of moves" })
    .int("within must be a whole number of moves")
    .min(1, "within must be at least 1")
    .max(MAX_REACH_MOVES, `within must be at most ${MAX_REACH_MOVES}`)
    .default(3),
});

export const GET = apiRoute(params, async (req, { slug }) => {
  const { within } = parseOrThrow(query, Object.fromEntries(new URL(req.url).searchParams));
  const roles = await reachableFrom(slug, within);
  if (!roles) throw new AppError("not_found", `No role "${slug}". GET /api/v1/roles lists them.`);
  return json({ from: slug, within, roles });
});
