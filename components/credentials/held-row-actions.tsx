"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { HeldForm, type HeldRecord } from "@/components/credentials/held-form";
import { ConfirmDelete } from "@/components/plans/confirm-delete";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { removeHeldAction } from "@/lib/credentials/actions";

type Held = HeldRecord & { hasApprenticeStatus: boolean; name: string };

export function HeldRowActions({ held, today }: { held: Held; today: string }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (editing) {
    return (
      <div className="mt-3 rounded-md bg-slate-50 p-3 dark:bg-slate-900">
        <HeldForm
          options={[{ code: held.code, name: held.name, hasApprenticeStatus: held.hasApprenticeStatus }]}
          initial={held}
          today={today}
          onDone={() => setEditing(false)}
        />
      </div>
    );
  }
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" onClick={() => setEditing(true)}>
        Edit<span className="sr-only"> {held.code}</span>
      </Button>
      <ConfirmDelete
        what={`${held.code} from your record (your CEU entries stay)`}
        pending={pending}
        onConfirm={() =>
          startTransition(async () => {
            const res = await removeHeldAction({ id: held.id });
            if (res.ok) router.refresh();
            else setError(res.message);
          })
        }
      />
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
