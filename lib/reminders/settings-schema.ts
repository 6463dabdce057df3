import { z } from "zod";

// A person's reminder settings at the boundary (the JSON API and the settings form): which days relative to a due
// date to remind on, and whether by email and in the app. Pure.

export const MAX_REMINDER_DAYS = 12;
const DAY_LIMIT = 365;

const daySchema = z
  .number({ error: "Each day is a whole number, such as 30 (before) or -1 (after)." })
  .int("Each day is a whole number, such as 30 (before) or -1 (after).")
  .min(-DAY_LIMIT, `Days after a due date go up to ${DAY_LIMIT} (-${DAY_LIMIT}).`)
  .max(DAY_LIMIT, `Days before a due date go up to ${DAY_LIMIT}.`);

/** The days, each once, latest reminder last (90, 60, …, -30). */
export const reminderDaysSchema = z
  .array(daySchema, { error: "Send the days as a list of whole numbers." })
  .min(1, "Choose at least one day (or turn reminders off).")
  .transform((days) => [...new Set(days)].sort((a, b) => b - a))
  .refine((days) => days.length <= MAX_REMINDER_DAYS, `Choose at most ${MAX_REMINDER_DAYS} days.`);

export const reminderPatchSchema = z
  .object({
    days: reminderDaysSchema.optional(),
    email: z.boolean({ error: "email is true or false." }).optional(),
    inApp: z.boolean({ error: "inApp is true or false." }).optional(),
  })
  .strict();

export type ReminderPatch = z.infer<typeof reminderPatchSchema>;

/** "90, 60, 30, 7, 1, -1, -30" (commas or spaces) as numbers; anything else is a message naming it. */
export function parseDayList(text: string): number[] | string {
  const parts = text
    // A typographic minus or dash, as a hint may show it, is a minus too.
    .replace(/[\u2212\u2013]/g, "-")
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const bad = parts.find((p) => !/^[+-]?\d{1,4}$/.test(p));
  if (bad !== undefined) return `“${bad.slice(0, 12)}” is not a whole number of days.`;
  return parts.map(Number);
}

// The settings form: check boxes are sent only when ticked; the days as one line of text.
export const reminderFormSchema = z
  .object({
    days: z.string({ error: "Enter the days, such as 90, 30, 7, -1." }).max(200, "That is too long a list."),
    email: z.literal("on").optional(),
    inApp: z.literal("on").optional(),
  })
  .transform((form, ctx) => {
    const days = parseDayList(form.days);
    if (typeof days === "string") {
      ctx.addIssue({ code: "custom", path: ["days"], message: days });
      return z.NEVER;
    }
    return { days, email: form.email === "on", inApp: form.inApp === "on" };
  })
  .pipe(z.object({ days: reminderDaysSchema, email: z.boolean(), inApp: z.boolean() }));

export const unsubscribeTokenSchema = z
  .string({ error: "The link is incomplete." })
  .trim()
  .regex(/^[A-Za-z0-9_-]{16,100}$/, "This unsubscribe link is not valid.");
