import { z } from "zod";
import { plannedPathSchema } from "@/lib/plans/plan-schema";

// Answer shapes shared by several operations. Objects are closed (no other field) where the route builds the whole
// object; `looseObject` marks the large read models (the catalog, compliance, projections) whose listed fields are
// the contract and whose further fields may grow.

const appErrorCodes = [
  "validation",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "gone",
  "payload_too_large",
  "unsupported_media_type",
  "rate_limited",
  "unavailable",
  "internal",
] as const;

export const errorSchema = z.object({
  error: z.object({
    code: z.enum(appErrorCodes),
    message: z.string().describe("What went wrong and what to do, in plain words"),
    issues: z
      .array(z.object({ path: z.string().describe('The field, dotted ("credentials.0.code")'), message: z.string() }))
      .optional()
      .describe("For validation: one entry per bad field"),
  }),
});

const dateTime = () => z.string().describe("ISO 8601 date-time");
const date = () => z.string().describe("YYYY-MM-DD");
const nullableNumber = () => z.number().nullable();

export const messageSchema = z.object({ message: z.string() });
export const urlSchema = z.object({ url: z.string() });

export const profileSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  currentRole: z.object({ slug: z.string(), title: z.string() }).nullable(),
  education: z.string().nullable(),
  yearsExperience: nullableNumber(),
  region: z.string().nullable(),
  currentSalary: nullableNumber(),
  dueSoonDays: z.number(),
  emailVerified: z.boolean(),
});

export const ceuEntryViewSchema = z.object({
  id: z.string(),
  date: date(),
  title: z.string(),
  provider: z.string().nullable(),
  ceus: z.number(),
  topics: z.array(z.string()),
  hiimDomain: z.boolean(),
  source: z.string(),
  indexNumber: z.string().nullable(),
  externalBody: z.boolean(),
  notes: z.string().nullable(),
  appliesTo: z.array(z.string()),
  certificate: z.object({ filename: z.string(), mimeType: z.string(), size: z.number() }).nullable(),
  version: z.number(),
});

export const membershipViewSchema = z.object({
  body: z.string(),
  membershipExpires: date(),
  memberId: z.string().nullable(),
});

export const notificationViewSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: dateTime(),
  readAt: dateTime().nullable(),
});

export const reminderSettingsSchema = z.object({
  days: z.array(z.number()),
  email: z.boolean(),
  inApp: z.boolean(),
  emailVerified: z.boolean(),
});

export const planSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  objective: z.enum(["fastest", "cheapest", "best_pay"]),
  target: z.object({ slug: z.string(), title: z.string() }),
  stepCount: z.number(),
  doneSteps: z.array(z.number()),
  progress: z.number().describe("Share of the path's moves marked done, 0–1"),
  totalYears: z.number(),
  totalCost: z.number(),
  version: z.number(),
  createdAt: dateTime(),
  updatedAt: dateTime(),
});

export const planDetailSchema = planSummarySchema.extend({
  path: plannedPathSchema,
  request: z.looseObject({}).describe("The planner request the plan answers (the preview body, defaults filled in)"),
});

/** A held credential with its computed cycle, or a compliance item: large read models, listed by their keys. */
export const heldCredentialSchema = z.looseObject({ id: z.string(), code: z.string(), status: z.string() });
export const complianceItemSchema = z.looseObject({
  body: z.string(),
  credentials: z.array(z.unknown()),
  cycleStart: z.string().nullable(),
  cycleEnd: z.string().nullable(),
  required: z.number().nullable(),
  earned: z.number(),
  status: z.string(),
});

export const projectionSchema = z.looseObject({
  years: z.array(
    z.looseObject({
      year: z.number(),
      calendarYear: z.number(),
      role: z.string(),
      title: z.string(),
      median: nullableNumber(),
      pay: nullableNumber(),
    }),
  ),
  cumulative: z.array(z.object({ year: z.number(), plan: nullableNumber(), stay: nullableNumber() })),
  breakEvenYear: nullableNumber(),
  markers: z.array(z.object({ year: z.number(), role: z.string(), title: z.string() })),
  costs: z.array(z.looseObject({ year: z.number(), label: z.string(), amount: z.number() })),
  assumptions: z.looseObject({ positionFrom: z.enum(["salary", "default", "chosen"]) }),
  sources: z.array(z.looseObject({})),
  notes: z.array(z.string()),
});

export const roleSchema = z.looseObject({ slug: z.string(), title: z.string() });
export const credentialSchema = z.looseObject({ code: z.string(), name: z.string() });
