"use server";

import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { z } from "zod";
import { publicFormAction, userFormAction } from "@/lib/actions/form-action";
import { publicAction, userAction } from "@/lib/actions/json-action";
import { sendVerification } from "@/lib/accounts/email-verification";
import {
  confirmPasswordReset,
  requestPasswordReset,
  resetConfirmSchema,
  resetRequestSchema,
} from "@/lib/accounts/password-reset";
import {
  changeEmailSchema,
  changePassword,
  changePasswordSchema,
  endAllSessions,
  requestEmailChange,
} from "@/lib/accounts/security";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { deleteAccount } from "@/lib/accounts/delete-account";
import { deleteAccountSchema } from "@/lib/accounts/validation";
import { profileFormSchema, signUpFormSchema } from "@/lib/accounts/form-schemas";
import { updateProfile } from "@/lib/accounts/profile";
import { signUpFromRequest } from "@/lib/accounts/signup";
import { confirmTwoFactor, disableTwoFactor, startTwoFactor } from "@/lib/auth/two-factor";
import { passwordAgainSchema } from "@/lib/auth/credentials-schema";
import { confirmTwoFactorSchema } from "@/lib/auth/two-factor-schemas";

export const signUpAction = publicFormAction(signUpFormSchema, async (input) => {
  await signUpFromRequest(input, await headers());
  return { ok: true, message: "Account created. Signing you in…" };
});

export const updateProfileAction = userFormAction(profileFormSchema, async (input, user) => {
  await updateProfile(user.id, input);
  // The name shows in every page's header; refresh them all.
  revalidatePath("/", "layout");
  return { ok: true, message: "Profile saved." };
});

export const deleteAccountAction = userAction(deleteAccountSchema, async ({ password }, user) => {
  await deleteAccount(user.id, password);
  return { deleted: true };
});

export const resendVerificationAction = userAction(z.object({}).strict(), async (_input, user) => {
  await sendVerification(user.id);
  return { sentTo: user.email };
});

export const changePasswordAction = userAction(changePasswordSchema, async (input, user) => {
  const updated = await changePassword(user.id, input);
  // Every other session ended with the old version; this browser carries on with a cookie of the new one.
  const cookie = await sessionCookie(updated);
  (await cookies()).set(cookie.name, cookie.value, cookie.options);
  return { changed: true };
});

export const changeEmailAction = userAction(changeEmailSchema, async (input, user) =>
  requestEmailChange(user.id, input),
);

export const endAllSessionsAction = userAction(z.object({}).strict(), async (_input, user) => {
  await endAllSessions(user.id);
  return { ended: true };
});

export const requestResetAction = publicAction(resetRequestSchema, async (input) => {
  await requestPasswordReset(input, await headers());
  return { requested: true };
});

export const confirmResetAction = publicAction(resetConfirmSchema, async (input) => {
  await confirmPasswordReset(input);
  return { reset: true };
});

// Two-factor sign-in (the profile's panel): start with the password, confirm with a code, turn off with the password.
export const startTwoFactorAction = userAction(passwordAgainSchema, ({ password }, user) =>
  startTwoFactor(user.id, password),
);

export const confirmTwoFactorAction = userAction(confirmTwoFactorSchema, async ({ code }, user) => ({
  recoveryCodes: await confirmTwoFactor(user.id, code),
}));

export const disableTwoFactorAction = userAction(passwordAgainSchema, async ({ password }, user) => {
  await disableTwoFactor(user.id, password);
  return { disabled: true };
});
