import { z } from "zod";
import { AppError } from "@/lib/errors";
import { json, readJson, withUser } from "@/lib/http/api";
import { getPlan } from "@/lib/plans/queries";
import { deletePlan, updatePlan } from "@/lib/plans/service";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string() });
const body = z.record(z.string(), z.unknown(), { error: 'Send a JSON object: {"name"?, "doneSteps"?, "version"?}.' });

export const GET = withUser(params, async (_req, { params: { id }, user }) => {
  const plan = await getPlan(user.id, id);
  if (!plan) throw new AppError("not_found", "No such plan.");
  return json({ plan });
});

export const PATCH = withUser(params, async (req, { params: { id }, user }) =>
  json({ plan: await updatePlan(user.id, id, await readJson(req, body)) }),
);

export const DELETE = withUser(params, async (_req, { params: { id }, user }) => {
  await deletePlan(user.id, id);
  return new Response(null, { status: 204 });
});
