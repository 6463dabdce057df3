import { z } from "zod";

// Shared vocabularies of the career graph. The Prisma enums mirror these; zod gives us parsing at the boundaries.

export const educationLevels = ["high_school", "certificate", "associate", "bachelor", "master"] as const;
export const educationLevelSchema = z.enum(educationLevels);
export type EducationLevel = z.infer<typeof educationLevelSchema>;

export const educationLabels: Record<EducationLevel, string> = {
  high_school: "High-school diploma",
  certificate: "Certificate (6–12 months)",
  associate: "Associate degree",
  bachelor: "Bachelor's degree",
  master: "Master's degree",
};

export const experienceKinds = [
  "coding",
  "cdi",
  "privacy_security",
  "registry",
  "leadership",
  "health_data",
  "health_it",
  "billing",
  "cdi_outpatient",
] as const;
export const experienceKindSchema = z.enum(experienceKinds);

/** Kinds counted inside a broader one: a year of outpatient CDI is a year of CDI too. */
export const countedInside: Partial<Record<(typeof experienceKinds)[number], (typeof experienceKinds)[number]>> = {
  cdi_outpatient: "cdi",
};
export type ExperienceKind = z.infer<typeof experienceKindSchema>;

export const experienceKindLabels: Record<ExperienceKind, string> = {
  coding: "coding",
  cdi: "clinical documentation integrity",
  privacy_security: "privacy or security",
  registry: "cancer registry",
  leadership: "leadership",
  health_data: "health data analysis",
  health_it: "health IT",
  billing: "billing",
  cdi_outpatient: "outpatient clinical documentation integrity",
};

export const confidenceSchema = z.enum(["confirmed", "secondary", "assumption"]);
export type Confidence = z.infer<typeof confidenceSchema>;

export const credentialCodeSchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9-]{1,11}$/, "must be a credential code such as CPC or CCS-P");

/** A credential code as people type it ("ccs-p ", "CPC"): trimmed and upper-cased, then checked. */
export const credentialCodeInputSchema = z
  .string()
  .trim()
  .transform((c) => c.toUpperCase())
  .pipe(credentialCodeSchema);

export const roleSlugSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9-]{0,63}$/, "Use a role slug such as outpatient-coder (GET /api/v1/roles lists them).");

/** One way to qualify, as written in prisma/data: every condition present must hold. */
export const requirementRouteInputSchema = z
  .object({
    label: z.string().min(3),
    education: educationLevelSchema.optional(),
    educationProgram: z.string().min(3).optional(),
    minYears: z.number().min(0).max(40).optional(),
    experience: z.object({ kind: experienceKindSchema, years: z.number().positive().max(40).nullable() }).optional(),
    /** Of the `experience` years, at least this many of a narrower kind (CCDS-O: one year of outpatient CDI). */
    experienceWithin: z.object({ kind: experienceKindSchema, years: z.number().positive().max(40) }).optional(),
    /** Working in this kind of work at the time of the exam (CCDS: currently a CDI specialist). */
    currentWork: experienceKindSchema.optional(),
    /** All groups must be met; a group is met by any one of its credentials. */
    credentials: z.array(z.array(credentialCodeSchema).min(1)).optional(),
    course: z.string().min(3).optional(),
    note: z.string().min(3).optional(),
    source: z.string().min(1).optional(),
    confidence: confidenceSchema.optional(),
  })
  .strict();
export type RequirementRouteInput = z.infer<typeof requirementRouteInputSchema>;
