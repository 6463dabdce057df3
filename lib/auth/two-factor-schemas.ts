import { z } from "zod";

// Input of the two-factor settings: the code that proves the app is set up (the password asked again is in
// credentials-schema.ts).

export const confirmTwoFactorSchema = z
  .object({
    code: z
      .string({ error: "Enter the 6-digit code your authenticator app shows." })
      .trim()
      .min(1, "Enter the 6-digit code your authenticator app shows.")
      .max(20, "Enter the 6-digit code your authenticator app shows."),
  })
  .strict();
