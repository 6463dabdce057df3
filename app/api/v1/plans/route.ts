import { z } from "zod";
import { json, noParams, readJson, withUser } from "@/lib/http/api";
import { listPlans } from "@/lib/plans/queries";
import { createPlan } from "@/lib/plans/service";

export const dynamic = "force-dynamic";

export const GET = withUser(noParams, async (_req, { user }) => json({ plans: await listPlans(user.id) }));

const body = z.record(z.string(), z.unknown(), { error: 'Send a JSON object: {"name", "request", "pathIndex"?}.' });

export const POST = withUser(noParams, async (req, { user }) => {
  const plan = await createPlan(user.id, await readJson(req, body));
  return json({ plan }, { status: 201, headers: { Location: `/api/v1/plans/${plan.id}` } });
});
