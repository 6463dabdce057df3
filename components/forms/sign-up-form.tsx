"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { signUpAction } from "@/lib/accounts/actions";
import type { FormState } from "@/lib/actions/form-action";

export function SignUpForm({ passwordMin }: { passwordMin: number }) {
  const router = useRouter();
  const passwordRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const [state, action, pending] = useActionState<FormState, FormData>(signUpAction, null);

  // The account exists: sign in with what was just typed, then go to the dashboard.
  useEffect(() => {
    if (!state?.ok) return;
    void signIn("credentials", {
      email: emailRef.current?.value ?? "",
      password: passwordRef.current?.value ?? "",
      redirect: false,
    }).then((res) => router.push(res?.ok ? "/dashboard" : "/signin"));
  }, [state, router]);

  const errors = state?.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="space-y-4">
      {state && !state.ok && state.message ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">{state.message}</Alert> : null}
      <TextField label="Name" name="name" autoComplete="name" required defaultValue={state?.values?.name} error={errors.name} />
      <TextField
        ref={emailRef}
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state?.values?.email}
        error={errors.email}
      />
      <TextField
        ref={passwordRef}
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={passwordMin}
        hint={`At least ${passwordMin} characters. A short sentence is easy to remember and hard to guess.`}
        error={errors.password}
      />
      <Button type="submit" disabled={pending || state?.ok} className="w-full">
        {pending ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-sm">
        Already have an account?{" "}
        <Link href="/signin" className="text-brand-700 underline dark:text-brand-300">
          Sign in
        </Link>
      </p>
    </form>
  );
}
