"use client";

import { useState } from "react";
import { CustomForm, type CustomRecord } from "@/components/credentials/custom-form";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { ConfirmDelete } from "@/components/plans/confirm-delete";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { removeCustomAction } from "@/lib/credentials/actions";

/** Edit or delete a credential with the person's own rules. */
export function CustomRowActions({ custom, today }: { custom: CustomRecord; today: string }) {
  const [editing, setEditing] = useState(false);
  const { pending, error, run } = useActionRunner();
  if (editing) {
    return (
      <div className="mt-3 rounded-md bg-slate-50 p-3 dark:bg-slate-900">
        <CustomForm initial={custom} today={today} onDone={() => setEditing(false)} />
      </div>
    );
  }
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" onClick={() => setEditing(true)}>
        Edit<span className="sr-only"> {custom.name}</span>
      </Button>
      <ConfirmDelete
        what={`${custom.name} from your record (your CEU entries stay)`}
        pending={pending}
        onConfirm={() => run(() => removeCustomAction({ id: custom.id }))}
      />
      {error ? <Alert tone="error">{error.message}</Alert> : null}
    </div>
  );
}
