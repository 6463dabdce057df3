import { z } from "zod";
import { isoDateSchema } from "@/lib/dates";
import { plannedPathSchema } from "@/lib/plans/plan-schema";

// A plan's share link at the boundary, and what the shared page shows: a closed list of fields, so nothing else of
// the owner's account can reach a stranger by accident. Pure, no I/O.

export const shareInputSchema = z
  .object({
    /** The last day the link works (UTC); null or absent: until stopped. */
    expiresOn: isoDateSchema.nullable().optional(),
    /** Project pay from the owner's own salary; off unless asked for. */
    includeSalary: z.boolean({ error: "includeSalary must be true or false." }).optional(),
  })
  .strict();
export type ShareInput = z.infer<typeof shareInputSchema>;

export const shareTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "must be a share token");

export const shareStatusSchema = z.object({
  sharedSince: z.string(),
  expiresOn: z.string().nullable(),
  includeSalary: z.boolean(),
});
export type ShareStatus = z.infer<typeof shareStatusSchema>;

export const shareCreatedSchema = z.object({ url: z.string().describe("The read-only page's address; shown once") });

/**
 * The shared page's whole content; `.strict()` so a test can prove no other field slips in. Not even the plan's
 * name: people name plans after themselves ("Ana's route to director"), and the link may travel far.
 */
export const sharedPlanSchema = z
  .object({
    target: z.object({ slug: z.string(), title: z.string() }).strict(),
    path: plannedPathSchema,
    includesSalary: z.boolean(),
  })
  .strict();
export type SharedPlan = z.infer<typeof sharedPlanSchema>;
