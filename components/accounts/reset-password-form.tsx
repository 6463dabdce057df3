"use client";

import { useState } from "react";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { TextLink } from "@/components/ui/text-link";
import { confirmResetAction } from "@/lib/accounts/actions";

/** Sets a new password from the emailed link's token. */
export function ResetPasswordForm({ token, minLength }: { token: string; minLength: number }) {
  const [password, setPassword] = useState("");
  const [done, setDone] = useState(false);
  const { pending, error, run, fieldError } = useActionRunner();
  if (done) {
    return (
      <Alert tone="success">
        Your new password is set, and every session was signed out. <TextLink href="/signin">Sign in</TextLink> with it.
      </Alert>
    );
  }
  const linkProblem = error && !fieldError("password");
  return (
    <form
      noValidate
      aria-busy={pending}
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        run(
          () => confirmResetAction({ token, password }),
          () => setDone(true),
        );
      }}
    >
      {linkProblem ? (
        <Alert tone="error">
          {error.message} <TextLink href="/forgot-password">Ask for a new link</TextLink>.
        </Alert>
      ) : null}
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldError("password")}
        hint={`At least ${minLength} characters. A few unrelated words are easy to remember and hard to guess.`}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Saving…" : "Set my new password"}
      </Button>
    </form>
  );
}
