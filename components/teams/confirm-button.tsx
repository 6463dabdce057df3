"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFocusSwap } from "@/components/ui/use-focus-swap";
import type { ActionResult } from "@/lib/actions/json-action";

/**
 * A destructive step asked twice: the first button opens the question in place, "Yes" does it, "Cancel" puts focus
 * back. Used to leave a team, delete one, and remove a position.
 */
export function ConfirmButton({
  label,
  question,
  yes,
  run,
  then,
}: {
  label: string;
  question: string;
  yes: string;
  run: () => Promise<ActionResult<unknown>>;
  /** Where to go afterwards; without it the page refreshes in place. */
  then?: string;
}) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const router = useRouter();
  const openRef = useRef<HTMLButtonElement>(null);
  const yesRef = useRef<HTMLButtonElement>(null);
  useFocusSwap(asking, yesRef, openRef);
  if (!asking)
    return (
      <Button ref={openRef} type="button" variant="secondary" onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  return (
    <div
      role="group"
      aria-label={question}
      className="space-y-2 rounded-md border border-red-300 p-3 dark:border-red-800"
    >
      <p className="text-sm font-medium">{question}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button
          ref={yesRef}
          type="button"
          variant="danger"
          disabled={pending}
          onClick={() =>
            start(async () => {
              const res = await run();
              if (!res.ok) return setError(res.message);
              if (then) router.push(then);
              else {
                setAsking(false);
                router.refresh();
              }
            })
          }
        >
          {pending ? "Working…" : yes}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setAsking(false)}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
