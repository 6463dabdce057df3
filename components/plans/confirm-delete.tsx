"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useFocusSwap } from "@/components/ui/use-focus-swap";

/** A delete button that asks once more in place, with focus moved to the question and back on cancel. */
export function ConfirmDelete({
  what,
  onConfirm,
  pending,
}: {
  what: string;
  onConfirm: () => void;
  pending?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  useFocusSwap(asking, confirmRef, openRef);

  if (!asking) {
    return (
      <Button ref={openRef} type="button" variant="secondary" onClick={() => setAsking(true)}>
        Delete<span className="sr-only"> {what}</span>
      </Button>
    );
  }
  return (
    <div role="group" aria-label={`Delete ${what}?`} className="flex flex-wrap items-center gap-2">
      <span className="text-sm">Delete {what}? This cannot be undone.</span>
      <Button ref={confirmRef} type="button" variant="danger" disabled={pending} onClick={onConfirm}>
        {pending ? "Deleting…" : "Yes, delete"}
      </Button>
      <Button type="button" variant="secondary" onClick={() => setAsking(false)}>
        Cancel
      </Button>
    </div>
  );
}
