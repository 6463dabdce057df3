"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { AccountFormEnd, EmailField, PasswordField } from "@/components/forms/account-fields";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { TWO_FACTOR_INVALID, TWO_FACTOR_REQUIRED } from "@/lib/auth/sign-in-errors";

type Fields = { email?: string; password?: string; code?: string };

// A code is accepted once (lib/auth/second-factor.ts), so a person who just used one needs the next: say so.
const WRONG_CODE =
  "That code is not right, or was used already. Enter the code your authenticator app shows now (a new one " +
  "comes every 30 seconds), or a recovery code you have not used before.";

/**
 * Email and password; then, for an account with two-factor sign-in on, a second step in the same form: the email
 * and password stay (they are sent again with the code), and a field for the code appears and takes focus.
 */
export function SignInForm({ callbackPath }: { callbackPath: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Fields>({});
  const [pending, setPending] = useState(false);
  const [askCode, setAskCode] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);
  // Bumped whenever the code field should take focus (it appears, or the code was refused).
  const [focusCode, setFocusCode] = useState(0);
  useEffect(() => {
    if (focusCode) codeRef.current?.focus();
  }, [focusCode]);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const code = String(form.get("code") ?? "").trim();
    const missing: Fields = {
      email: email ? undefined : "Enter your email address.",
      password: password ? undefined : "Enter your password.",
      code: askCode && !code ? "Enter the code from your authenticator app, or a recovery code." : undefined,
    };
    setFieldErrors(missing);
    if (missing.email || missing.password || missing.code) return;
    setPending(true);
    setError(null);
    try {
      const res = await signIn("credentials", { email, password, ...(askCode ? { code } : {}), redirect: false });
      if (res?.ok) {
        router.push(callbackPath);
        router.refresh();
        return;
      }
      if (res?.error === TWO_FACTOR_REQUIRED) {
        setAskCode(true);
        setFocusCode((n) => n + 1);
        return;
      }
      if (res?.error === TWO_FACTOR_INVALID) {
        setFieldErrors({ code: WRONG_CODE });
        setFocusCode((n) => n + 1);
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
      {askCode ? (
        <TextField
          ref={codeRef}
          label="Code from your authenticator app (or a recovery code)"
          name="code"
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          required
          error={fieldErrors.code}
          hint="Your account has two-factor sign-in on. Enter the 6-digit code the app shows now for HIM Pathways."
        />
      ) : null}
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
