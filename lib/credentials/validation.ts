import { z } from "zod";
import { ceuTopics } from "@/lib/credentials/ceu-topics";
import { isoDateSchema } from "@/lib/dates";
import { credentialCodeInputSchema } from "@/lib/ladder/requirement-schema";

// Held credentials at the boundary (forms, JSON API). Dates are checked against "today" by the caller (a future
// date is refused there, with the date the server considers today).

// CEUs and credentials earned before 1970 are outside what any current cycle could look at.
export const recordDateSchema = isoDateSchema.refine((d) => d >= "1970-01-01", "Enter a date after 1970.");

/** Optional free text of at most `max` characters; blank becomes null. */
export const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} has at most ${max} characters.`)
    .nullable()
    .optional()
    .transform((s) => (s ? s : null));

export const heldCredentialSchema = z
  .object({
    code: credentialCodeInputSchema,
    earnedOn: recordDateSchema,
    certificateNumber: optionalText(60, "The certificate number"),
    apprentice: z
      .boolean()
      .optional()
      .transform((b) => b ?? false),
    cycleStart: recordDateSchema.nullable().optional(),
    cycleEnd: recordDateSchema.nullable().optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (Boolean(v.cycleStart) !== Boolean(v.cycleEnd)) {
      ctx.addIssue({
        code: "custom",
        path: [v.cycleStart ? "cycleEnd" : "cycleStart"],
        message: "Give both cycle dates, or neither to use the body's rules.",
      });
    }
    if (v.cycleStart && v.cycleEnd && v.cycleStart >= v.cycleEnd) {
      ctx.addIssue({ code: "custom", path: ["cycleEnd"], message: "The cycle must end after it starts." });
    }
  });

export const heldCredentialPatchSchema = z
  .object({
    earnedOn: recordDateSchema.optional(),
    certificateNumber: optionalText(60, "The certificate number"),
    apprentice: z.boolean().optional(),
    cycleStart: recordDateSchema.nullable().optional(),
    cycleEnd: recordDateSchema.nullable().optional(),
    /** The CEUs the body's own tracker shows for the current cycle; null goes back to the rules. */
    requiredOverride: z
      .number({ error: "Enter the CEUs the body's tracker shows, such as 24, or null to use the rules." })
      .int("Enter whole CEUs, such as 24.")
      .min(0, "The CEUs cannot be negative.")
      .max(500, "Enter at most 500 CEUs.")
      .nullable()
      .optional(),
    /** Cycles reported to the body outside HIM Pathways (the whole list: leave one out to take it back). */
    reported: z
      .array(z.object({ cycleEnd: isoDateSchema, reportedOn: recordDateSchema }).strict())
      .max(20, "List at most 20 reported cycles.")
      .optional(),
    version: z.number().int().positive().optional(),
  })
  .strict();

// Credentials from outside the catalog, with the renewal rules the person enters.

const ceusSchema = (what: string) =>
  z
    .number({ error: `Enter ${what} as a number, such as 20 or 7.5.` })
    .positive(`${what} must be more than 0.`)
    .max(500, `${what} can be at most 500.`)
    .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, "Use at most two decimals.");

const topicMinimumsSchema = z
  .array(
    z
      .object({
        topic: z.enum(ceuTopics, { error: `Choose a topic from: ${ceuTopics.join(", ")}.` }),
        ceus: ceusSchema("The topic's CEUs"),
      })
      .strict(),
  )
  .max(10, "List at most 10 topic minimums.");

const fields = {
  name: z
    .string({ error: "Enter the credential's name." })
    .trim()
    .min(1, "Enter the credential's name.")
    .max(120, "Use at most 120 characters."),
  issuer: z
    .string({ error: "Enter who issues it, such as HCCA or a state board." })
    .trim()
    .min(1, "Enter who issues it, such as HCCA or a state board.")
    .max(80, "Use at most 80 characters."),
  earnedOn: recordDateSchema,
  cycleMonths: z
    .number({ error: "Enter the renewal cycle in months, such as 24." })
    .int("Enter whole months, such as 12 or 24.")
    .min(1, "A cycle is at least 1 month.")
    .max(120, "A cycle is at most 120 months."),
  requiredCeus: ceusSchema("The CEUs per cycle"),
  cycleEnd: recordDateSchema.nullable().optional(),
  topicMinimums: topicMinimumsSchema.optional(),
};

export const customCredentialSchema = z.object(fields).strict();
export const customCredentialPatchSchema = z
  .object({ ...fields, version: z.number().int().positive().optional() })
  .partial()
  .strict();

/** GET /api/v1/me/compliance's query. */
export const complianceQuerySchema = z
  .object({
    asOf: isoDateSchema.optional(),
    dueSoonDays: z.coerce.number().int("dueSoonDays must be a whole number").min(1).max(365).optional(),
  })
  .strict();
