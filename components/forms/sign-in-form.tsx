"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { AccountFormEnd, EmailField, PasswordField } from "@/components/forms/account-fields";
import { Alert } from "@/components/ui/alert";

export function SignInForm({ callbackPath }: { callbackPath: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const missing = {
      email: email ? undefined : "Enter your email address.",
      password: password ? undefined : "Enter your password.",
    };
    setFieldErrors(missing);
    if (missing.email || missing.password) return;
    setPending(true);
    setError(null);
    try {
      const res = await signIn("credentials", { email, password, redirect: false });
      if (res?.ok) {
        router.push(callbackPath);
        router.refresh();
        return;
      }
      // next-auth's client passes on the error code but not the answer's URL, so say the longest wait (the window).
      if (res?.error === "RateLimited") {
        setError(
          "Too many failed sign-ins for this account or network. " +
            "Wait up to 15 minutes and try again; your account and data are safe.",
        );
        return;
      }
      setError("That email and password do not match an account. Check both and try again.");
    } catch {
      setError("We could not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <EmailField error={fieldErrors.email} />
      <PasswordField autoComplete="current-password" error={fieldErrors.password} />
      <AccountFormEnd
        label="Sign in"
        busyLabel="Signing in…"
        busy={pending}
        disabled={pending}
        question="New here?"
        href="/signup"
        linkText="Create an account"
      />
    </form>
  );
}
