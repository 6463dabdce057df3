import { z } from "zod";

// What a person signs in with: the email address and password rules, shared by sign-up, next-auth's authorize()
// and every later check of a password.

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200; // hashing cost is bounded; nobody types more

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .max(254, "An email address has at most 254 characters.")
  .pipe(z.email({ error: "Enter an email address like name@example.org." }))
  .transform((e) => e.toLowerCase());

export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX),
  /** The second step, for accounts with two-factor sign-in on: an authenticator code or a recovery code. */
  code: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((c) => c || undefined),
});

/** The password asked again before a drastic change (deleting the account, two-factor on or off). */
export const passwordAgainSchema = z
  .object({
    password: z
      .string({ error: "Enter your password to confirm." })
      .min(1, "Enter your password to confirm.")
      .max(PASSWORD_MAX),
  })
  .strict();
