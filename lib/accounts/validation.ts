import { z } from "zod";
import { passwordAgainSchema } from "@/lib/auth/credentials-schema";
import { emailSchema, passwordSchema } from "@/lib/auth/credentials-schema";
import { educationLevelSchema } from "@/lib/ladder/requirement-schema";

// Account and profile input, shared by the sign-up page, the JSON API and next-auth's authorize().

export const nameSchema = z
  .string({ error: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(100, "Use at most 100 characters.");

export const signUpSchema = z.object({ email: emailSchema, password: passwordSchema, name: nameSchema });
export type SignUpInput = z.infer<typeof signUpSchema>;

const yearsSchema = z
  .number({ error: "Enter a number of years, such as 3 or 2.5." })
  .min(0, "Years of experience cannot be negative.")
  .max(70, "Enter at most 70 years.")
  .refine((n) => Number.isInteger(n * 10), "Use at most one decimal place, such as 2.5.");

/** A profile update: every field optional; null clears it. Unknown fields are refused, not ignored. */
export const profilePatchSchema = z
  .object({
    name: nameSchema.optional(),
    currentRole: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9-]*$/, "Choose a role from the list (a slug such as outpatient-coder).")
      .nullable()
      .optional(),
    education: educationLevelSchema.nullable().optional(),
    yearsExperience: yearsSchema.nullable().optional(),
    region: z
      .string()
      .trim()
      .max(80, "Use at most 80 characters.")
      .nullable()
      .optional()
      .transform((r) => (r === "" ? null : r)),
    currentSalary: z
      .number({ error: "Enter a yearly salary in US dollars, such as 52000." })
      .int("Enter whole dollars, such as 52000.")
      .min(0, "Salary cannot be negative.")
      .max(10_000_000, "Enter a yearly salary under $10,000,000.")
      .nullable()
      .optional(),
    dueSoonDays: z
      .number({ error: "Enter a number of days, such as 90." })
      .int("Enter whole days.")
      .min(1, "Use at least 1 day.")
      .max(365, "Use at most 365 days.")
      .optional(),
  })
  .strict();
export type ProfilePatch = z.infer<typeof profilePatchSchema>;

/** Deleting the account asks for the password again: a stolen session cookie alone cannot erase someone's record. */
export const deleteAccountSchema = passwordAgainSchema;
