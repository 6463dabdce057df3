"use client";

import { useState } from "react";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { requestResetAction } from "@/lib/accounts/actions";

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState(false);
  const { pending, error, run, fieldError } = useActionRunner();
  if (sent) {
    return (
      <Alert tone="success">
        If an account uses {email}, a link to reset its password is on its way. It works once, for 30 minutes. Check
        your spam folder if it does not arrive in a few minutes.
      </Alert>
    );
  }
  return (
    <form
      noValidate
      aria-busy={pending}
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        run(
          () => requestResetAction({ email }),
          () => setSent(true),
        );
      }}
    >
      {error && !fieldError("email") ? <Alert tone="error">{error.message}</Alert> : null}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldError("email")}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Sending…" : "Send me a reset link"}
      </Button>
    </form>
  );
}
