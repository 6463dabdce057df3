import { z } from "zod";
import { ruleSetSchema } from "@/lib/credentials/rule-set-schema";
import {
  confidenceSchema,
  credentialCodeSchema,
  experienceKindSchema,
  requirementRouteInputSchema,
} from "@/lib/ladder/requirement-schema";

// The shapes of the files in prisma/data. Every fact names a source key and a confidence.

const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be a lower-case key such as bls-oews-2023-29-2072");
const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, "must be a lower-case slug");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD");
const usd = z.number().int().min(0).max(1_000_000);
/** The year a fact was stated for, or read when the page gives none: every rule, fee and pay figure has one. */
const factYear = z.number({ error: "needs a year (when it was stated, or read)" }).int().min(1990).max(2100);

export const sourcesSchema = z.array(
  z
    .object({
      key,
      title: z.string().min(3),
      publisher: z.string().min(2),
      year: z.number().int().min(1990).max(2100).nullable(),
      url: z.string().url().optional(),
      note: z.string().min(3).optional(),
    })
    .strict(),
);

export const rolesSchema = z
  .object({
    experienceKindsSource: key,
    roles: z.array(
      z
        .object({
          slug,
          title: z.string().min(3),
          level: z.number().int().min(1).max(6),
          track: z.string().min(2),
          description: z.string().min(20),
          onetSocCode: z
            .string()
            .regex(/^\d{2}-\d{4}\.\d{2}$/, "must be an O*NET-SOC code such as 29-2072.00")
            .nullable(),
          socIsProxy: z.boolean(),
          experienceKinds: z.array(experienceKindSchema),
          typicalCredentials: z.array(credentialCodeSchema),
          credentialsNote: z.string().min(3).optional(),
          payFigures: z.array(key),
        })
        .strict(),
    ),
  })
  .strict();

export const movesSchema = z
  .object({
    defaults: z.object({ source: key, confidence: confidenceSchema }),
    moves: z.array(
      z
        .object({
          from: slug,
          to: slug,
          yearsMin: z.number().min(0).max(20),
          yearsMax: z.number().min(0).max(20),
          note: z.string().min(3).optional(),
          routes: z.array(requirementRouteInputSchema),
        })
        .strict()
        .refine((m) => m.yearsMin <= m.yearsMax, { message: "yearsMin must not exceed yearsMax" })
        .refine((m) => m.from !== m.to, { message: "a move must change role" }),
    ),
  })
  .strict();

const route = requirementRouteInputSchema.extend({ source: key, confidence: confidenceSchema });

export const credentialsSchema = z
  .object({
    bodies: z.array(z.object({ code: z.string().regex(/^[A-Z]+$/), name: z.string().min(2) }).strict()),
    credentials: z.array(
      z
        .object({
          code: credentialCodeSchema,
          name: z.string().min(3),
          body: z.string(),
          kind: z.enum(["certification", "license"]).default("certification"),
          plannable: z.boolean().default(true),
          hasApprenticeStatus: z.boolean().default(false),
          replaces: z.array(credentialCodeSchema).default([]),
          summary: z.string().min(3),
          examFormat: z.string().min(2).optional(),
          examFormatConfidence: confidenceSchema.optional(),
          renewalCycleMonths: z.number().int().positive().optional(),
          ceuRequired: z.number().int().positive().optional(),
          source: key,
          confidence: confidenceSchema,
          eligibility: z.array(route),
          apprenticeRemoval: z.array(route).default([]),
        })
        .strict()
        .refine((c) => !c.examFormat || c.examFormatConfidence, { message: "examFormat needs examFormatConfidence" }),
    ),
  })
  .strict();

export const feesSchema = z.array(
  z
    .object({
      key,
      body: z.string(),
      credential: credentialCodeSchema.optional(),
      kind: z.enum(["exam", "recertification", "extension", "late", "reinstatement", "maintenance", "membership"]),
      audience: z.enum(["any", "member", "non_member"]).default("any"),
      label: z.string().min(3),
      amountUsd: usd,
      year: factYear,
      /** Charged for each credential of the body beyond the first, on top of the body's fee. */
      perAdditional: z.boolean().default(false),
      source: key,
      confidence: confidenceSchema,
    })
    .strict(),
);

export const ruleSetsSchema = z.array(
  z
    .object({
      key,
      body: z.string(),
      effectiveFrom: isoDate.nullable(),
      effectiveTo: isoDate.nullable(),
      year: factYear,
      source: key,
      confidence: confidenceSchema,
      note: z.string().min(3).optional(),
      rules: ruleSetSchema,
    })
    .strict()
    .refine((r) => !r.effectiveFrom || !r.effectiveTo || r.effectiveFrom < r.effectiveTo, {
      message: "effectiveFrom must come before effectiveTo",
    }),
);

export const paySchema = z
  .object({
    figures: z.array(
      z
        .object({
          key,
          population: z.string().min(3),
          socCode: z
            .string()
            .regex(/^\d{2}-\d{4}$/)
            .optional(),
          kind: z.enum(["percentiles", "range", "average", "median"]),
          year: factYear,
          p10: usd.optional(),
          p25: usd.optional(),
          median: usd.optional(),
          p75: usd.optional(),
          p90: usd.optional(),
          average: usd.optional(),
          low: usd.optional(),
          high: usd.optional(),
          highOpen: z.boolean().default(false),
          note: z.string().min(3).optional(),
          source: key,
          confidence: confidenceSchema,
        })
        .strict()
        .refine((f) => f.kind !== "percentiles" || (f.p25 && f.median && f.p75), {
          message: "percentile figures need at least p25, median and p75",
        })
        .refine((f) => f.kind !== "range" || (f.low && f.high), { message: "range figures need low and high" })
        .refine((f) => f.kind !== "average" || f.average, { message: "average figures need average" })
        .refine((f) => f.kind !== "median" || f.median || f.low, {
          message: "median figures need median (or a low bound)",
        })
        .refine(
          (f) => {
            const ordered = [f.p10, f.p25, f.median, f.p75, f.p90].filter((v): v is number => v !== undefined);
            return ordered.every((v, i) => i === 0 || ordered[i - 1]! <= v);
          },
          { message: "percentiles must not decrease" },
        ),
    ),
    outlooks: z.array(
      z
        .object({
          key,
          socCode: z.string().regex(/^\d{2}-\d{4}$/),
          occupation: z.string().min(3),
          period: z.string().min(4),
          growthPercent: z.number().min(-100).max(500),
          source: key,
          confidence: confidenceSchema,
        })
        .strict(),
    ),
  })
  .strict();
