import { z } from "zod";

// A saved plan's path as stored in Plan.path (JSON). Parsed on every read, so a row edited by hand or written by
// an older version can never reach a page in a shape it does not expect.

const earnItem = z.object({
  kind: z.enum(["credential", "education", "course"]),
  code: z.string(),
  label: z.string(),
  atYear: z.number(),
  earliestDate: z.string(),
  cost: z.number().nullable(),
  reason: z.string(),
  optional: z.boolean().optional(),
});

const planStepSchema = z.object({
  role: z.string(),
  title: z.string(),
  startYear: z.number(),
  startDate: z.string(),
  years: z.number(),
  yearsMax: z.number(),
  earn: z.array(earnItem),
});

export const plannedPathSchema = z.object({
  steps: z.array(planStepSchema).min(1),
  totalYears: z.number(),
  totalYearsMax: z.number(),
  totalCost: z.number(),
  costIncomplete: z.boolean(),
  endMedianPay: z.number().nullable(),
  endPaySource: z.string().nullable().optional(),
  earningsOverHorizon: z.number().optional(),
});

export type StoredPath = z.infer<typeof plannedPathSchema>;
