"use client";

import { useState } from "react";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SaveOrCancel } from "@/components/ui/save-or-cancel";
import { changePasswordAction } from "@/lib/accounts/actions";

/** A new password, after the current one; every other session ends, this one stays signed in. */
export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const [fields, setFields] = useState({ currentPassword: "", newPassword: "" });
  const [done, setDone] = useState(false);
  const { pending, error, run, fieldError } = useActionRunner();
  return (
    <form
      noValidate
      aria-busy={pending}
      aria-labelledby="change-password-title"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        setDone(false);
        run(
          () => changePasswordAction(fields),
          () => {
            setFields({ currentPassword: "", newPassword: "" });
            setDone(true);
          },
        );
      }}
    >
      <h3 id="change-password-title" className="font-semibold">
        Change your password
      </h3>
      {done ? <Alert tone="success">Password changed. Every other session was signed out.</Alert> : null}
      {error && !Object.keys(error.fields).length ? <Alert tone="error">{error.message}</Alert> : null}
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        value={fields.currentPassword}
        onChange={(e) => setFields((f) => ({ ...f, currentPassword: e.target.value }))}
        error={fieldError("currentPassword")}
      />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        value={fields.newPassword}
        onChange={(e) => setFields((f) => ({ ...f, newPassword: e.target.value }))}
        error={fieldError("newPassword")}
        hint={`At least ${minLength} characters.`}
      />
      <SaveOrCancel pending={pending} label="Change password" />
    </form>
  );
}
