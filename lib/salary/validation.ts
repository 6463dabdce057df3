import { z } from "zod";
import { isoDateSchema } from "@/lib/dates";
import { credentialCodeInputSchema, roleSlugSchema } from "@/lib/ladder/requirement-schema";
import { MAX_HORIZON } from "@/lib/salary/projection";

// The projection's inputs at the API boundary: assumptions (all optional, each with its range), and a path.

const percent = (what: string) =>
  z
    .number({ error: `${what} must be a percentage, such as 3 or 2.5.` })
    .min(-20, `${what} must be at least -20%.`)
    .max(20, `${what} must be at most 20%.`);
const dollars = (what: string) =>
  z
    .number({ error: `${what} must be a yearly amount in dollars, such as 58000.` })
    .min(1, `${what} must be more than $0.`)
    .max(10_000_000, `${what} must be under $10,000,000.`);
const figureKey = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "Use a figure key from the role's pay figures (GET /api/v1/pay-bands).");

export const assumptionsSchema = z
  .object({
    raisePercent: percent("raisePercent"),
    baseYearPercent: percent("baseYearPercent"),
    position: z
      .number({ error: "position must be a percentile from 1 to 99 (50 is the median)." })
      .min(1, "position must be at least 1.")
      .max(99, "position must be at most 99."),
    currentSalary: dollars("currentSalary").nullable(),
    horizonYears: z
      .number({ error: "horizonYears must be a whole number of years." })
      .int("horizonYears must be a whole number of years.")
      .min(1, "horizonYears must be at least 1.")
      .max(MAX_HORIZON, `horizonYears must be at most ${MAX_HORIZON}.`),
    includeRenewals: z.boolean({ error: "includeRenewals must be true or false." }),
    basis: z.record(roleSlugSchema, figureKey).refine((r) => Object.keys(r).length <= 40, "List at most 40 roles."),
    ownPay: z
      .record(roleSlugSchema, dollars("ownPay"))
      .refine((r) => Object.keys(r).length <= 40, "List at most 40 roles."),
  })
  .partial()
  .strict();

export type AssumptionsInput = z.infer<typeof assumptionsSchema>;

const earnItem = z.object({
  kind: z.enum(["credential", "education", "course"]),
  code: z.string().trim().min(1).max(40),
  label: z.string().max(200).optional(),
  atYear: z.number().min(0, "atYear cannot be negative.").max(60),
  cost: z.number().min(0).max(1_000_000).nullable().default(null),
  optional: z.boolean().optional(),
});

// Path objects are not strict: a path copied from the preview answer carries fields (startDate, years…) that the
// projection does not need.
export const projectionPathSchema = z.object({
  steps: z
    .array(
      z.object({
        role: roleSlugSchema,
        startYear: z
          .number({ error: "startYear must be a number of years from today." })
          .min(0, "startYear cannot be negative.")
          .max(60),
        earn: z.array(earnItem).max(40).default([]),
      }),
    )
    .min(1, "A path needs at least one step.")
    .max(30, "A path has at most 30 steps.")
    .refine(
      (steps) => steps.every((s, i) => i === 0 || s.startYear >= steps[i - 1]!.startYear),
      "Steps must be in order of startYear.",
    ),
});

export const projectionBodySchema = z
  .object({
    path: projectionPathSchema,
    /** Defaults to the first step's role: a preview path starts where the person stands. */
    currentRole: roleSlugSchema.nullable().optional(),
    credentials: z
      .array(z.object({ code: credentialCodeInputSchema, earnedOn: isoDateSchema }).strict())
      .max(40)
      .default([]),
    assumptions: assumptionsSchema.default({}),
  })
  .strict();

export type ProjectionBody = z.infer<typeof projectionBodySchema>;

const num = z.coerce.number({ error: "Must be a number." });
const bool = z
  .enum(["true", "false", "1", "0"], { error: "Use true or false." })
  .transform((v) => v === "true" || v === "1");

/** Assumptions from a query string: scalars by name, and `basis.<role>=<figure>`, `ownPay.<role>=<dollars>`. */
export function assumptionsFromQuery(params: URLSearchParams): unknown {
  const out: Record<string, unknown> = {};
  const basis: Record<string, string> = {};
  const ownPay: Record<string, unknown> = {};
  for (const [k, v] of params) {
    if (k.startsWith("basis.")) basis[k.slice(6)] = v;
    else if (k.startsWith("ownPay.")) ownPay[k.slice(7)] = num.safeParse(v).data ?? v;
    else if (k === "includeRenewals") out[k] = bool.safeParse(v).data ?? v;
    else if (k === "currentSalary" && v === "") out[k] = null;
    else out[k] = num.safeParse(v).success && v.trim() !== "" ? Number(v) : v;
  }
  if (Object.keys(basis).length) out.basis = basis;
  if (Object.keys(ownPay).length) out.ownPay = ownPay;
  return out;
}

/** POST /api/v1/what-if: held credentials (default: the person's own), what to add and remove, and for how long. */
export const whatIfRequestSchema = z
  .object({
    credentials: z
      .array(z.object({ code: credentialCodeInputSchema, earnedOn: isoDateSchema }).strict())
      .max(40, "List at most 40 credentials.")
      .optional(),
    add: z
      .array(z.object({ code: credentialCodeInputSchema, on: isoDateSchema }).strict())
      .max(10, "Add at most 10 credentials at once.")
      .default([]),
    remove: z.array(credentialCodeInputSchema).max(40, "Remove at most 40 credentials.").default([]),
    years: z
      .number({ error: "years must be a whole number from 1 to 10." })
      .int("years must be a whole number from 1 to 10.")
      .min(1, "years must be at least 1.")
      .max(10, "years must be at most 10.")
      .default(5),
  })
  .strict();
export type WhatIfInput = z.infer<typeof whatIfRequestSchema>;
