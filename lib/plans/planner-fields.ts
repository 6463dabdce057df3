import type { z } from "zod";
import type { EducationLevel, ExperienceKind } from "@/lib/ladder/requirement-schema";
import type { planRequestSchema } from "@/lib/plans/validation";

// The planner form: what the person has typed and ticked, as the form holds it (numbers as the text typed), and
// the request it becomes. Pure, so the browser and the tests share it.

/** What the planner is asked, before the server parses it (absent fields take the schema's defaults). */
export type PlanRequestInput = z.input<typeof planRequestSchema>;

export type Objective = NonNullable<PlanRequestInput["objective"]>;

/** A credential on the person's record, with the date it was earned. */
export type HeldCredential = { code: string; earnedOn: string };

/** Where the form starts: the person's profile and record, or a newcomer's blank slate. */
export type PlannerDefaults = {
  currentRole: string | null;
  education: EducationLevel;
  yearsExperience: number;
  /** Credentials on the user's record, with the dates they were earned. */
  held: HeldCredential[];
};

export type PlannerFields = {
  /** Empty: not in an HIM role yet. */
  currentRole: string;
  /** Empty until chosen: the one field the form insists on before asking the planner. */
  target: string;
  education: EducationLevel;
  yearsExperience: string;
  /** Empty: all the years count as time in the current role. */
  yearsInRole: string;
  /** Years by kind of work; an empty or missing kind is left to the planner. */
  experience: Partial<Record<ExperienceKind, string>>;
  /** Codes ticked as held, in the order they were ticked. */
  held: string[];
  objective: Objective;
  /** How many paths to show. */
  k: string;
  avoidCredentials: string[];
  avoidBodies: string[];
  /** Empty: no time limit. */
  maxYears: string;
};

export function plannerFieldsFrom(defaults: PlannerDefaults): PlannerFields {
  return {
    currentRole: defaults.currentRole ?? "",
    target: "",
    education: defaults.education,
    yearsExperience: String(defaults.yearsExperience),
    yearsInRole: "",
    experience: {},
    held: defaults.held.map((h) => h.code),
    objective: "fastest",
    k: "3",
    avoidCredentials: [],
    avoidBodies: [],
    maxYears: "",
  };
}

// Text that is not a number is passed on as NaN on purpose: the planner's schema names the field and says what it
// wants, in the same words the JSON API uses.
const num = (s: string) => (s.trim() === "" ? undefined : Number(s));

/**
 * The request for the planner, or the fields to fix. Only the target is checked here (without one there is nothing
 * to plan); everything else is the planner's to judge, and its answers come back per field in the same shape.
 * A credential ticked as held keeps the date on the person's record, or counts as earned `today`.
 */
export function parsePlannerFields(
  f: PlannerFields,
  record: HeldCredential[],
  today: string,
): { ok: true; request: PlanRequestInput } | { ok: false; errors: Record<string, string> } {
  if (!f.target) return { ok: false, errors: { target: "Choose the role you want to reach." } };
  const experience = Object.fromEntries(
    Object.entries(f.experience).flatMap(([kind, v]) =>
      v !== undefined && v.trim() !== "" ? [[kind, Number(v)]] : [],
    ),
  );
  const yearsInRole = num(f.yearsInRole);
  return {
    ok: true,
    request: {
      currentRole: f.currentRole || null,
      target: f.target,
      education: f.education,
      yearsExperience: num(f.yearsExperience) ?? 0,
      ...(yearsInRole !== undefined ? { yearsInRole } : {}),
      ...(Object.keys(experience).length ? { experience } : {}),
      credentials: f.held.map((code) => ({
        code,
        earnedOn: record.find((h) => h.code === code)?.earnedOn ?? today,
      })),
      objective: f.objective,
      k: Number(f.k),
      avoidCredentials: f.avoidCredentials,
      avoidBodies: f.avoidBodies,
      maxYears: num(f.maxYears) ?? null,
    },
  };
}
