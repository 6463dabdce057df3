"use client";

import { signOut } from "next-auth/react";
import { useRef, useState } from "react";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFocusSwap } from "@/components/ui/use-focus-swap";
import { endAllSessionsAction } from "@/lib/accounts/actions";

/** Signs the account out on every device and browser, this one included (asks once more first). */
export function EndSessions() {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  useFocusSwap(asking, confirmRef, openRef);
  const { pending, error, run } = useActionRunner();
  if (!asking) {
    return (
      <Button ref={openRef} type="button" variant="secondary" onClick={() => setAsking(true)}>
        Sign out everywhere
      </Button>
    );
  }
  return (
    <div role="group" aria-label="Sign out everywhere?" className="flex flex-wrap items-center gap-2">
      <span className="text-sm">Sign out on every device, this one too?</span>
      <Button
        ref={confirmRef}
        type="button"
        variant="danger"
        disabled={pending}
        onClick={() =>
          run(
            () => endAllSessionsAction({}),
            () => void signOut({ callbackUrl: "/signin" }),
          )
        }
      >
        {pending ? "Signing out…" : "Yes, sign out everywhere"}
      </Button>
      <Button type="button" variant="secondary" onClick={() => setAsking(false)}>
        Cancel
      </Button>
      {error ? <Alert tone="error">{error.message}</Alert> : null}
    </div>
  );
}
