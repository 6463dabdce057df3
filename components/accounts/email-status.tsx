"use client";

import { useState } from "react";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { resendVerificationAction } from "@/lib/accounts/actions";

/** Whether the address is confirmed, and while it is not, why it matters and a way to get the link again. */
export function EmailStatus({ email, verified }: { email: string; verified: boolean }) {
  const [sent, setSent] = useState(false);
  const { pending, error, run } = useActionRunner();
  if (verified) return <p className="text-sm">Your address {email} is confirmed.</p>;
  return (
    <div className="space-y-2">
      <p className="text-sm">
        Your address {email} is not confirmed yet: deadline reminders are emailed only to confirmed addresses. Open the
        link we sent when you signed up, or get a new one.
      </p>
      {sent ? <Alert tone="success">A new link is on its way to {email}.</Alert> : null}
      {error ? <Alert tone="error">{error.message}</Alert> : null}
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() =>
          run(
            () => resendVerificationAction({}),
            () => setSent(true),
          )
        }
      >
        {pending ? "Sending…" : "Send the link again"}
      </Button>
    </div>
  );
}
