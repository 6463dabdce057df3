"use client";

import { useActionRunner } from "@/components/forms/use-action-runner";
import { assignPositionAction } from "@/lib/teams/actions";

const selectClass =
  "rounded-md border border-slate-400 bg-white px-2 py-1 text-sm dark:border-slate-500 dark:bg-slate-900";

/** A member's position, changed in place from the roster (managers). */
export function AssignPosition({
  teamId,
  memberId,
  memberName,
  current,
  positions,
}: {
  teamId: string;
  memberId: string;
  memberName: string;
  current: string | null;
  positions: { id: string; name: string }[];
}) {
  const { pending, error, run } = useActionRunner();
  const id = `position-${memberId}`;
  return (
    <div>
      <label htmlFor={id} className="sr-only">
        Position of {memberName}
      </label>
      <select
        id={id}
        defaultValue={current ?? ""}
        disabled={pending}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => run(() => assignPositionAction({ teamId, memberId, position: e.target.value || null }))}
        className={selectClass}
      >
        <option value="">No position</option>
        {positions.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">
          {error.message}
        </p>
      ) : null}
    </div>
  );
}
