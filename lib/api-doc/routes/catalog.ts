import { z } from "zod";
import { signUpSchema } from "@/lib/accounts/validation";
import { resetConfirmSchema, resetRequestSchema } from "@/lib/accounts/password-reset";
import { reachableQuerySchema } from "@/lib/ladder/reachable";
import { eligibilityRequestSchema } from "@/lib/plans/eligibility";
import { plannedPathSchema } from "@/lib/plans/plan-schema";
import { planRequestSchema } from "@/lib/plans/validation";
import { projectionBodySchema } from "@/lib/salary/validation";
import { noContent, pathParams, type Operation } from "@/lib/api-doc/operation";
import { credentialSchema, messageSchema, projectionSchema, roleSchema } from "@/lib/api-doc/shapes";

// The public part of the API: the ladder, the catalog, pay figures, the planner and signing up.

const slug = z.object({
  slug: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,63}$/)
    .describe("A role slug, such as outpatient-coder"),
});
const code = pathParams({ code: "A credential code, any letter case (CCS-P)" });

export const catalogOperations: Operation[] = [
  {
    method: "get",
    path: "/api/v1/roles",
    summary: "Every role on the ladder, with its moves (and their requirement routes) and sourced pay figures",
    auth: "public",
    answers: { 200: { description: "The roles", schema: z.object({ roles: z.array(roleSchema) }) } },
  },
  {
    method: "get",
    path: "/api/v1/roles/{slug}",
    summary: "One role",
    auth: "public",
    params: slug,
    answers: { 200: { description: "The role", schema: z.object({ role: roleSchema }) } },
    errors: ["not_found"],
  },
  {
    method: "get",
    path: "/api/v1/roles/{slug}/reachable",
    summary: "Roles reachable within n moves: fewest moves and least typical years",
    auth: "public",
    params: slug,
    query: reachableQuerySchema,
    answers: {
      200: {
        description: "The reachable roles",
        schema: z.object({
          from: z.string(),
          within: z.number(),
          roles: z.array(
            z.object({
              slug: z.string(),
              title: z.string(),
              level: z.number(),
              moves: z.number(),
              yearsMin: z.number(),
            }),
          ),
        }),
      },
    },
    errors: ["not_found"],
  },
  {
    method: "get",
    path: "/api/v1/credentials",
    summary: "The credential catalog: body, renewal cycle, CEUs, exam fees",
    auth: "public",
    answers: { 200: { description: "The credentials", schema: z.object({ credentials: z.array(credentialSchema) }) } },
  },
  {
    method: "get",
    path: "/api/v1/credentials/{code}",
    summary: "One credential with eligibility routes, fees and rule sets (rules as data, with sources)",
    auth: "public",
    params: code,
    answers: { 200: { description: "The credential", schema: z.object({ credential: credentialSchema }) } },
    errors: ["not_found"],
  },
  {
    method: "post",
    path: "/api/v1/credentials/{code}/eligibility",
    summary: "Can this person sit the exam? The qualifying route, or the earliest date and what is missing",
    auth: "public",
    params: code,
    body: eligibilityRequestSchema,
    answers: {
      200: {
        description: "The eligibility",
        schema: z.object({
          eligibility: z.looseObject({ code: z.string(), status: z.enum(["eligible", "not_yet", "blocked"]) }),
        }),
      },
    },
    errors: ["not_found"],
  },
  {
    method: "get",
    path: "/api/v1/pay-bands",
    summary: "Every role's pay figures as bands (best basis first), each with its source and year",
    auth: "public",
    answers: {
      200: {
        description: "Pay bands",
        schema: z.object({
          thisYear: z.number(),
          roles: z.array(z.looseObject({ slug: z.string(), title: z.string(), bands: z.array(z.looseObject({})) })),
          derivedGrowth: z.looseObject({ percent: z.number() }),
        }),
      },
    },
  },
  {
    method: "post",
    path: "/api/v1/plans/preview",
    summary: "Plan paths to a target role without saving anything",
    auth: "public",
    body: planRequestSchema,
    answers: {
      200: {
        description: "The best paths",
        schema: z.object({
          asOf: z.string(),
          paths: z.array(plannedPathSchema.loose()),
          explanation: z.string().optional().describe("Why there is no path, when there is none"),
          assumptions: z.array(z.string()).describe("What the answer rests on, in words"),
          horizonYears: z.number().optional(),
        }),
      },
    },
  },
  {
    method: "post",
    path: "/api/v1/projection",
    summary: "Project pay along a path from the preview answer; nothing is stored",
    auth: "public",
    body: projectionBodySchema,
    answers: { 200: { description: "The projection", schema: projectionSchema } },
  },
  {
    method: "post",
    path: "/api/v1/signup",
    summary: "Create an account",
    auth: "public",
    body: signUpSchema,
    answers: {
      201: {
        description: "The account",
        schema: z.object({ id: z.string(), email: z.string() }),
        headers: { Location: "/api/v1/me/profile" },
      },
    },
    errors: ["conflict", "rate_limited"],
  },
  {
    method: "post",
    path: "/api/v1/password-reset",
    summary: "Email a reset link; the same answer whether or not the address has an account",
    auth: "public",
    body: resetRequestSchema,
    answers: { 202: { description: "Accepted", schema: messageSchema } },
    errors: ["rate_limited"],
  },
  {
    method: "post",
    path: "/api/v1/password-reset/confirm",
    summary: "Set a new password with the emailed link's token; every session ends",
    auth: "public",
    body: resetConfirmSchema,
    answers: { 204: noContent("The password is changed") },
    errors: ["not_found", "gone"],
  },
];
