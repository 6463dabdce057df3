"use client";

import { useState } from "react";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SaveOrCancel } from "@/components/ui/save-or-cancel";
import { changeEmailAction } from "@/lib/accounts/actions";

/** A new sign-in address: it takes effect when the link sent to it is opened; the old address is told. */
export function ChangeEmailForm() {
  const [fields, setFields] = useState({ newEmail: "", password: "" });
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { pending, error, run, fieldError } = useActionRunner();
  return (
    <form
      noValidate
      aria-busy={pending}
      aria-labelledby="change-email-title"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        setSentTo(null);
        run(
          () => changeEmailAction(fields),
          (r) => {
            setFields({ newEmail: "", password: "" });
            setSentTo(r.newEmail);
          },
        );
      }}
    >
      <h3 id="change-email-title" className="font-semibold">
        Change your email address
      </h3>
      {sentTo ? (
        <Alert tone="success">
          A link is on its way to {sentTo}. Your address changes when you open it; until then, sign in as before.
        </Alert>
      ) : null}
      {error && !Object.keys(error.fields).length ? <Alert tone="error">{error.message}</Alert> : null}
      <TextField
        label="New email address"
        name="newEmail"
        type="email"
        autoComplete="email"
        value={fields.newEmail}
        onChange={(e) => setFields((f) => ({ ...f, newEmail: e.target.value }))}
        error={fieldError("newEmail")}
      />
      <TextField
        label="Your password"
        name="emailPassword"
        type="password"
        autoComplete="current-password"
        value={fields.password}
        onChange={(e) => setFields((f) => ({ ...f, password: e.target.value }))}
        error={fieldError("password")}
      />
      <SaveOrCancel pending={pending} label="Send the link" />
    </form>
  );
}
