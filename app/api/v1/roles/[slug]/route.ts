import { z } from "zod";
import { AppError } from "@/lib/errors";
import { apiRoute, json } from "@/lib/http/api";
import { getRole } from "@/lib/ladder/queries";

export const dynamic = "force-dynamic";

const params = z.object({
  slug: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, "must be a role slug such as outpatient-coder"),
});

export const GET = apiRoute(params, async (_req, { slug }) => {
  const role = await getRole(slug);
  if (!role) throw new AppError("not_found", `No role "${slug}". GET /api/v1/roles lists them.`);
  return json({ role });
});
