import { z } from "zod";
import { isoDateSchema } from "@/lib/dates";
import {
  credentialCodeInputSchema,
  educationLevelSchema,
  experienceKinds,
  roleSlugSchema,
  type ExperienceKind,
} from "@/lib/ladder/requirement-schema";

// The planner's input at the API boundary (POST /api/v1/plans/preview, the planner form, saved plans).

const years = (what: string) =>
  z
    .number({ error: `${what} must be a number of years, such as 2 or 1.5.` })
    .min(0, `${what} cannot be negative.`)
    .max(60, `${what} must be at most 60 years.`);

export const planRequestSchema = z
  .object({
    currentRole: roleSlugSchema.nullable(),
    target: roleSlugSchema,
    education: educationLevelSchema,
    yearsExperience: years("yearsExperience"),
    yearsInRole: years("yearsInRole").optional(),
    // Years by kind of work; a narrower kind (outpatient CDI) is counted inside its broader one (CDI) as well.
    experience: z
      .object(
        Object.fromEntries(experienceKinds.map((k) => [k, years(`experience.${k}`).optional()])) as Record<
          ExperienceKind,
          z.ZodOptional<ReturnType<typeof years>>
        >,
      )
      .strict()
      .optional(),
    credentials: z
      .array(z.object({ code: credentialCodeInputSchema, earnedOn: isoDateSchema }).strict())
      .max(40, "List at most 40 credentials.")
      .default([])
      .refine((list) => new Set(list.map((c) => c.code)).size === list.length, "List each credential once."),
    objective: z.enum(["fastest", "cheapest", "best_pay"]).default("fastest"),
    k: z
      .number()
      .int("k must be a whole number.")
      .min(1, "k must be at least 1.")
      .max(10, "k must be at most 10.")
      .default(3),
    avoidCredentials: z.array(credentialCodeInputSchema).max(40).default([]),
    avoidBodies: z
      .array(
        z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z]{2,12}$/, "Use a body code such as AAPC."),
      )
      .max(10)
      .default([]),
    maxYears: z
      .number()
      .positive("maxYears must be more than 0.")
      .max(60, "maxYears must be at most 60.")
      .nullable()
      .default(null),
  })
  .strict();

export type PlanRequest = z.infer<typeof planRequestSchema>;

const planNameSchema = z
  .string({ error: "Give the plan a name." })
  .trim()
  .min(1, "Give the plan a name.")
  .max(100, "Use at most 100 characters.");

export const createPlanSchema = z
  .object({
    name: planNameSchema,
    request: planRequestSchema,
    /** Which of the previewed paths to keep (0 = the best). */
    pathIndex: z.number().int().min(0).max(9).default(0),
  })
  .strict();

export const updatePlanSchema = z
  .object({
    name: planNameSchema.optional(),
    doneSteps: z.array(z.number().int().min(0).max(50)).max(50).optional(),
    /** The version the client last saw; a stale one gets 409 instead of overwriting someone else's change. */
    version: z.number().int().positive().optional(),
  })
  .strict()
  .refine((u) => u.name !== undefined || u.doneSteps !== undefined, {
    message: "Send name and/or doneSteps to change.",
  });
