import { z } from "zod";
import { PASSWORD_MAX } from "@/lib/auth/credentials-schema";

// Input of the two-factor settings: the password asked again, and the code that proves the app is set up.

export const passwordAgainSchema = z
  .object({
    password: z
      .string({ error: "Enter your password to confirm." })
      .min(1, "Enter your password to confirm.")
      .max(PASSWORD_MAX),
  })
  .strict();

export const confirmTwoFactorSchema = z
  .object({
    code: z
      .string({ error: "Enter the 6-digit code your authenticator app shows." })
      .trim()
      .min(1, "Enter the 6-digit code your authenticator app shows.")
      .max(20, "Enter the 6-digit code your authenticator app shows."),
  })
  .strict();
