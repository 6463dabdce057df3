"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useEffect, useRef } from "react";
import { AccountFormEnd, EmailField, PasswordField } from "@/components/forms/account-fields";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { signUpAction } from "@/lib/accounts/actions";
import { useFormAction } from "@/components/forms/use-form-action";

export function SignUpForm({ passwordMin }: { passwordMin: number }) {
  const router = useRouter();
  // What was submitted, for the automatic sign-in once the account exists.
  const typed = useRef({ email: "", password: "" });
  const { state, pending, formRef, onSubmit } = useFormAction(signUpAction);

  // The account exists: sign in with what was just typed, then go to the dashboard.
  useEffect(() => {
    if (!state?.ok) return;
    // Refresh too, so the header (rendered by the layout) shows the signed-in navigation.
    void signIn("credentials", { ...typed.current, redirect: false }).then((res) => {
      router.push(res?.ok ? "/dashboard" : "/signin");
      router.refresh();
    });
  }, [state, router]);

  const errors = state?.fieldErrors ?? {};
  return (
    <form
      ref={formRef}
      onSubmit={(e) => {
        const form = new FormData(e.currentTarget);
        typed.current = { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
        onSubmit(e);
      }}
      noValidate
      className="space-y-4"
    >
      {state && !state.ok && state.message ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">{state.message}</Alert> : null}
      <TextField label="Name" name="name" autoComplete="name" required error={errors.name} />
      <EmailField error={errors.email} />
      <PasswordField
        autoComplete="new-password"
        minLength={passwordMin}
        hint={`At least ${passwordMin} characters. A short sentence is easy to remember and hard to guess.`}
        error={errors.password}
      />
      <AccountFormEnd
        label="Create account"
        busyLabel="Creating your account…"
        busy={pending}
        disabled={pending || Boolean(state?.ok)}
        question="Already have an account?"
        href="/signin"
        linkText="Sign in"
      />
    </form>
  );
}
