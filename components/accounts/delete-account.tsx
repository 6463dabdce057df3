"use client";

import { signOut } from "next-auth/react";
import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useFocusSwap } from "@/components/ui/use-focus-swap";
import { deleteAccountAction } from "@/lib/accounts/actions";

/**
 * Deleting the account: a first button opens the question, the password confirms it (a session left open on a
 * shared computer is not enough), and only then is everything removed. Cancel puts focus back where it was.
 */
export function DeleteAccount() {
  const [asking, setAsking] = useState(false);
  const [password, setPassword] = useState("");
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const passwordRef = useRef<HTMLInputElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  useFocusSwap(asking, passwordRef, openRef);

  if (!asking) {
    return (
      <Button ref={openRef} type="button" variant="danger" onClick={() => setAsking(true)}>
        Delete my account…
      </Button>
    );
  }
  return (
    <form
      noValidate
      className="space-y-4 rounded-lg border border-red-300 p-4 dark:border-red-800"
      aria-labelledby="delete-account-question"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const res = await deleteAccountAction({ password });
          if (!res.ok) {
            setError({ message: res.message, field: res.fieldErrors.password });
            // The submit button was disabled while pending, which drops focus; put it back where the fix is.
            passwordRef.current?.focus();
            return;
          }
          await signOut({ callbackUrl: "/account-deleted" });
        });
      }}
    >
      <p id="delete-account-question" className="font-medium">
        Delete your account, your plans, credentials, CEU log and certificates? This cannot be undone. Download your
        data first if you may want it.
      </p>
      {error ? <Alert tone="error">{error.message}</Alert> : null}
      <TextField
        ref={passwordRef}
        label="Your password, to confirm"
        name="delete-password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={error?.field}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Deleting…" : "Delete everything"}
        </Button>
        <Button type="button" variant="secondary" onClick={() => (setAsking(false), setPassword(""), setError(null))}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
