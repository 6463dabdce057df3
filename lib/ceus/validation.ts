import { z } from "zod";
import { ceuSourceSchema } from "@/lib/credentials/rule-set-schema";
import { optionalText, recordDateSchema } from "@/lib/credentials/validation";
import { ceuTopics } from "@/lib/ceus/topics";
import { credentialCodeInputSchema } from "@/lib/ladder/requirement-schema";

// CEU entries at the boundary (forms, JSON API, CSV rows). Dates are checked against "today"
// by the caller (a future date is refused there, with the date the server considers today).

export const MAX_CEUS_PER_ENTRY = 100;

export const ceuEntryFields = {
  date: recordDateSchema,
  title: z
    .string({ error: "Enter the activity's title." })
    .trim()
    .min(1, "Enter the activity's title.")
    .max(200, "Use at most 200 characters."),
  provider: optionalText(200, "The provider"),
  ceus: z
    .number({ error: "Enter the CEUs as a number, such as 1 or 1.5." })
    .positive("CEUs must be more than 0.")
    .max(MAX_CEUS_PER_ENTRY, `One entry can hold at most ${MAX_CEUS_PER_ENTRY} CEUs; split a longer program.`)
    .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, "Use at most two decimals."),
  topics: z
    .array(z.enum(ceuTopics, { error: `Choose topics from: ${ceuTopics.join(", ")}.` }))
    .max(ceuTopics.length)
    .optional()
    .transform((t) => [...new Set(t ?? [])]),
  hiimDomain: z
    .boolean()
    .optional()
    .transform((b) => b ?? false),
  source: ceuSourceSchema.optional().transform((s) => s ?? "other"),
  indexNumber: optionalText(40, "The index number"),
  externalBody: z
    .boolean()
    .optional()
    .transform((b) => b ?? false),
  notes: optionalText(2000, "The notes"),
  appliesTo: z
    .array(credentialCodeInputSchema)
    .max(20)
    .optional()
    .transform((a) => [...new Set(a ?? [])]),
};

export const ceuEntrySchema = z.object(ceuEntryFields).strict();
export type CeuEntryInput = z.infer<typeof ceuEntrySchema>;

export const ceuEntryPatchSchema = z
  .object({ ...ceuEntryFields, version: z.number().int().positive().optional() })
  .partial()
  .strict();
