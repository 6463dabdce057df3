import { z } from "zod";
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
    version: z.number().int().positive().optional(),
  })
  .strict();
