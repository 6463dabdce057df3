import { z } from "zod";
import { isoDateSchema } from "@/lib/dates";

// The shape of an issuing body's recertification rules, stored as JSON in IssuerRuleSet.rules. Rules are data so a
// new rule year is a new row with an effective date, not a code change. The compliance engine reads this shape.

export const ceuSourceSchema = z.enum(["ahima", "himss_approved", "aapc", "other"]);
export type CeuSource = z.infer<typeof ceuSourceSchema>;

const credentialCode = z.string().regex(/^[A-Z][A-Z0-9-]{1,11}$/, "a credential code such as CPC or CCS-P");
const positiveInt = z.number().int().positive();

const requirementSchema = z.discriminatedUnion("kind", [
  // AAPC: one pooled total by how many of the body's credentials are held; the last entry covers "or more".
  z.object({ kind: z.literal("pooled_by_count"), byCount: z.array(positiveInt).min(1) }),
  // AHIMA: the highest single-credential figure, plus a step for each further credential, up to a cap.
  z.object({
    kind: z.literal("base_plus_additional"),
    base: z.record(credentialCode, positiveInt),
    perAdditional: positiveInt,
    max: positiveInt,
  }),
  // ACDIS, HIMSS, NCRA: a fixed number per credential and cycle.
  z.object({ kind: z.literal("per_credential"), ceus: z.number().positive() }),
]);

const filterSchema = z
  .object({
    sources: z.array(ceuSourceSchema).min(1).optional(),
    topics: z.array(z.string().min(1)).min(1).optional(),
    hiimDomain: z.literal(true).optional(),
    externalBody: z.literal(true).optional(),
  })
  .strict();

const quotaSchema = z.object({
  kind: z.enum(["min_share", "min_ceus", "max_per_activity"]),
  /** A share (0–1) for min_share; CEUs otherwise. */
  value: z.number().positive(),
  filter: filterSchema.default({}),
  label: z.string().min(1),
});

export const ruleSetSchema = z
  .object({
    cycle: z.object({
      months: positiveInt,
      /** What a cycle is counted from. AAPC: CEUs are due on the membership expiration date (odd years for odd
       * months, even for even); until the person enters it, cycles are estimated from certification. */
      start: z.enum(["certification_date", "exam_anniversary", "calendar_year", "membership_expiration"]),
      /** Several credentials of the body share one cycle. */
      synchronised: z.boolean().default(false),
      /** Days after the cycle's end by which CEUs are due (NCRA: 31 January for a cycle ending 31 December). */
      dueOffsetDays: z.number().int().min(0).default(0),
      /** A cycle ends on the last day of its month (HIMSS). */
      endsAtMonthEnd: z.boolean().default(false),
    }),
    requirement: requirementSchema,
    topicMinimums: z
      .array(z.object({ credential: credentialCode, topic: z.string().min(1), ceus: z.number().positive() }))
      .default([]),
    specialty: z
      .object({
        perCredential: positiveInt,
        credentials: z.array(credentialCode),
        doubleCountSince: isoDateSchema.optional(),
      })
      .optional(),
    quotas: z.array(quotaSchema).default([]),
    counting: z.object({
      countOnce: z.boolean(),
      carryOver: z.boolean(),
      beforeCertification: z.boolean(),
      renewalMonthEitherCycle: z.boolean().default(false),
    }),
    firstCycleProrated: z.boolean().default(false),
    status: z.object({
      /** Days after the due date during which the credential is in grace; 0: none; null: not stated by the body. */
      graceDays: z.number().int().min(0).nullable(),
      /** Days after the grace period during which a late fee is charged (AAPC: $50, 60 days). */
      lateFeeDays: z.number().int().positive().optional(),
      /** Days after the due date at which the credential is revoked, where the body says. */
      revokedAfterDaysPastDue: z.number().int().positive().optional(),
      /** AHIMA: days spent inactive before revocation. */
      revokedAfterDaysInactive: z.number().int().positive().optional(),
    }),
    submissionWindowDaysBeforeDue: z.number().int().positive().optional(),
    auditShare: z.number().min(0).max(1).optional(),
    academicCreditHours: positiveInt.optional(),
    alternatives: z.array(z.string().min(1)).default([]),
    notes: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type RuleSet = z.infer<typeof ruleSetSchema>;
