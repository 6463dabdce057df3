"use client";

import { useState, type ReactNode } from "react";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { ConfirmDelete } from "@/components/plans/confirm-delete";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/json-action";

/** Edit in place or delete (asking first) one record on the person's list: a held or a custom credential. */
export function RecordActions({
  name,
  what,
  remove,
  editForm,
}: {
  /** Heard after "Edit", so each button names its record. */
  name: string;
  /** What "Delete …?" asks about. */
  what: string;
  remove: () => Promise<ActionResult<unknown>>;
  editForm: (done: () => void) => ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  const { pending, error, run } = useActionRunner();
  if (editing) {
    return <div className="mt-3 rounded-md bg-slate-50 p-3 dark:bg-slate-900">{editForm(() => setEditing(false))}</div>;
  }
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" onClick={() => setEditing(true)}>
        Edit<span className="sr-only"> {name}</span>
      </Button>
      <ConfirmDelete what={what} pending={pending} onConfirm={() => run(remove)} />
      {error ? <Alert tone="error">{error.message}</Alert> : null}
    </div>
  );
}
