"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { publicAction, userAction } from "@/lib/actions/json-action";
import { previewPlan } from "@/lib/plans/preview";
import { createPlan, deletePlan, updatePlan } from "@/lib/plans/service";

// The planner page and saved-plan pages call these; the JSON API calls the same functions.

const refresh = () => {
  revalidatePath("/plans");
  revalidatePath("/dashboard");
};

export const previewPlanAction = publicAction(z.unknown(), (request) => previewPlan(request));

export const savePlanAction = userAction(z.unknown(), async (input, user) => {
  const plan = await createPlan(user.id, input);
  refresh();
  return { id: plan.id };
});

const id = z.string().min(1);

export const renamePlanAction = userAction(z.object({ id, name: z.string() }), async ({ id, name }, user) => {
  const plan = await updatePlan(user.id, id, { name });
  refresh();
  return { name: plan.name, version: plan.version };
});

export const setPlanStepsAction = userAction(
  z.object({ id, doneSteps: z.array(z.number().int()), version: z.number().int() }),
  async ({ id, doneSteps, version }, user) => {
    const plan = await updatePlan(user.id, id, { doneSteps, version });
    refresh();
    return { doneSteps: plan.doneSteps, version: plan.version, progress: plan.progress };
  },
);

export const deletePlanAction = userAction(z.object({ id }), async ({ id }, user) => {
  await deletePlan(user.id, id);
  refresh();
  return { deleted: true };
});
