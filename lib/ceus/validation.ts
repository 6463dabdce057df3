import { z } from "zod";
import { isoDateSchema } from "@/lib/dates";
import { ceuSourceSchema } from "@/lib/credentials/rule-set-schema";
import { optionalText, recordDateSchema } from "@/lib/credentials/validation";
import { ceuTopics } from "@/lib/credentials/ceu-topics";
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

/** Filters of the CEU log: the same fields for GET /api/v1/me/ceus and for the page's address bar. */
export const ceuFilterSchema = z
  .object({
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    source: ceuSourceSchema.optional(),
    topic: z.enum(ceuTopics, { error: `Choose a topic from: ${ceuTopics.join(", ")}.` }).optional(),
    q: z.string().max(100, "Search for at most 100 characters.").optional(),
  })
  .strict();
export type CeuFilters = z.infer<typeof ceuFilterSchema>;

/** Filters from the address bar, where a malformed one is dropped and named (never an error page). */
export function readCeuFilters(raw: Record<string, string | string[] | undefined>): {
  filters: CeuFilters;
  dropped: string[];
} {
  const filters: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [key, field] of Object.entries(ceuFilterSchema.shape)) {
    const value = raw[key];
    if (typeof value !== "string" || !value) continue;
    const parsed = field.safeParse(key === "q" ? value.slice(0, 100) : value);
    if (parsed.success) filters[key] = parsed.data;
    else dropped.push(key);
  }
  return { filters: filters as CeuFilters, dropped };
}

/** GET /api/v1/me/audit-packet.zip's query: the day the packet looks from (default today). */
export const auditPacketQuerySchema = z.object({ asOf: isoDateSchema.optional() }).strict();

/** POST /api/v1/me/ceus/import as JSON (the CSV may also come as text/csv). */
export const csvImportBodySchema = z
  .object({ csv: z.string({ error: 'Send {"csv": "…"} or the CSV itself as text/csv.' }) })
  .strict();
