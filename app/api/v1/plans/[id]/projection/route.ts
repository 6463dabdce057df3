import { z } from "zod";
import { json, withUser } from "@/lib/http/api";
import { projectSavedPlan } from "@/lib/salary/service";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string() });

/** Assumptions come as query parameters (raisePercent=3&position=60&basis.cdi-specialist=guide-senior…). */
export const GET = withUser(params, async (req, { params: { id }, user }) =>
  json(await projectSavedPlan(user.id, id, new URL(req.url).searchParams)),
);
