"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { publicFormAction, userFormAction } from "@/lib/actions/form-action";
import { userAction } from "@/lib/actions/json-action";
import { deleteAccount } from "@/lib/accounts/delete-account";
import { deleteAccountSchema } from "@/lib/accounts/validation";
import { profileFormSchema, signUpFormSchema } from "@/lib/accounts/form-schemas";
import { updateProfile } from "@/lib/accounts/profile";
import { signUpFromRequest } from "@/lib/accounts/signup";
import { confirmTwoFactor, disableTwoFactor, startTwoFactor } from "@/lib/auth/two-factor";
import { confirmTwoFactorSchema, passwordAgainSchema } from "@/lib/auth/two-factor-schemas";

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
