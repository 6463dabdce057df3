import { z } from "zod";
import { shareCreatedSchema, shareInputSchema } from "@/lib/plans/share-schema";
import { createPlanSchema, updatePlanSchema } from "@/lib/plans/validation";
import { noContent, pathParams, type Operation } from "@/lib/api-doc/operation";
import { planDetailSchema, planSummarySchema, projectionSchema } from "@/lib/api-doc/shapes";

// Saved plans, their pay projection and their share links.

const id = pathParams({ id: "The plan's id" });
const plan = z.object({ plan: planDetailSchema });

export const planOperations: Operation[] = [
  {
    method: "get",
    path: "/api/v1/plans",
    summary: "Your saved plans",
    auth: "read",
    answers: { 200: { description: "Plans", schema: z.object({ plans: z.array(planSummarySchema) }) } },
  },
  {
    method: "post",
    path: "/api/v1/plans",
    summary: "Save a plan: the path is recomputed on the server from the request",
    auth: "write",
    body: createPlanSchema,
    answers: { 201: { description: "The plan", schema: plan, headers: { Location: "The plan's address" } } },
  },
  {
    method: "get",
    path: "/api/v1/plans/{id}",
    summary: "One of your plans",
    auth: "read",
    params: id,
    answers: { 200: { description: "The plan", schema: plan } },
    errors: ["not_found"],
  },
  {
    method: "patch",
    path: "/api/v1/plans/{id}",
    summary: "Rename it or mark steps done; a stale version gets 409",
    auth: "write",
    params: id,
    body: updatePlanSchema,
    answers: { 200: { description: "The plan", schema: plan } },
    errors: ["not_found", "conflict"],
  },
  {
    method: "delete",
    path: "/api/v1/plans/{id}",
    summary: "Delete a plan (its share link stops)",
    auth: "write",
    params: id,
    answers: { 204: noContent("Deleted") },
    errors: ["not_found"],
  },
  {
    method: "get",
    path: "/api/v1/plans/{id}/projection",
    summary: "The saved plan's pay projection, counted from today; assumptions as query parameters",
    description:
      "Query parameters: raisePercent, baseYearPercent, position, currentSalary, horizonYears, includeRenewals, " +
      "basis.<role>=<figureKey>, ownPay.<role>=<dollars>.",
    auth: "read",
    params: id,
    query: z.looseObject({
      raisePercent: z.string().optional(),
      baseYearPercent: z.string().optional(),
      position: z.string().optional(),
      currentSalary: z.string().optional(),
      horizonYears: z.string().optional(),
      includeRenewals: z.string().optional(),
    }),
    answers: { 200: { description: "The projection", schema: projectionSchema } },
    errors: ["not_found"],
  },
  {
    method: "post",
    path: "/api/v1/plans/{id}/share",
    summary: "Make a read-only link to the plan (replacing any earlier one); shown once",
    description:
      "The page shows the path, its steps, times and costs and the pay projection; never your name, email or " +
      "anything else of your account, and your salary only with includeSalary. The body is optional.",
    auth: "write",
    params: id,
    body: shareInputSchema,
    bodyOptional: true,
    answers: { 201: { description: "The link", schema: shareCreatedSchema } },
    errors: ["not_found"],
  },
  {
    method: "delete",
    path: "/api/v1/plans/{id}/share",
    summary: "Stop sharing: the link answers 404 from then on",
    auth: "write",
    params: id,
    answers: { 204: noContent("Stopped") },
    errors: ["not_found"],
  },
];
