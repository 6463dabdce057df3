"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ConfirmDelete } from "@/components/plans/confirm-delete";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Section } from "@/components/ui/section";
import { TextLink } from "@/components/ui/text-link";
import { formatUsd } from "@/lib/format";
import { deletePlanAction, renamePlanAction } from "@/lib/plans/actions";
import type { PlanSummary } from "@/lib/plans/queries";

function PlanRow({ plan, comparable }: { plan: PlanSummary; comparable: boolean }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(plan.name);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <Section as="li" padding="p-4">
      {editing ? (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            startTransition(async () => {
              const res = await renamePlanAction({ id: plan.id, name });
              if (res.ok) {
                setEditing(false);
                setError(null);
                router.refresh();
              } else setError(res.fieldErrors.name ?? res.message);
            });
          }}
        >
          <div className="min-w-56 flex-1">
            <TextField
              label="New name"
              name={`rename-${plan.id}`}
              value={name}
              maxLength={100}
              autoFocus
              onChange={(e) => setName(e.target.value)}
              error={error ?? undefined}
            />
          </div>
          <Button type="submit" disabled={pending}>
            Save name
          </Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => (setEditing(false), setName(plan.name), setError(null))}
          >
            Cancel
          </Button>
        </form>
      ) : (
        <h2 className="text-lg font-semibold">
          <TextLink href={`/plans/${plan.id}`}>{plan.name}</TextLink>
        </h2>
      )}
      <p className="text-sm text-slate-600 dark:text-slate-400">
        To {plan.target.title} · {plan.totalYears} years · exam fees {formatUsd(plan.totalCost)} · saved{" "}
        {plan.updatedAt.slice(0, 10)}
      </p>
      <div className="mt-2 max-w-md">
        <ProgressBar value={plan.progress} label={`Steps done: ${plan.doneSteps.length} of ${plan.stepCount}`} />
      </div>
      {!editing ? (
        <div className="mt-3 flex flex-wrap items-center gap-2">
          {comparable ? (
            <label className="mr-2 inline-flex items-center gap-2 text-sm">
              <input type="checkbox" name="ids" value={plan.id} form="compare-form" className="h-4 w-4" />
              Compare<span className="sr-only"> “{plan.name}”</span>
            </label>
          ) : null}
          <Button type="button" variant="secondary" onClick={() => setEditing(true)}>
            Rename
          </Button>
          <ConfirmDelete
            what={`“${plan.name}”`}
            pending={pending}
            onConfirm={() =>
              startTransition(async () => {
                const res = await deletePlanAction({ id: plan.id });
                if (res.ok) router.refresh();
                else setError(res.message);
              })
            }
          />
        </div>
      ) : null}
      {error && !editing ? (
        <div className="mt-2">
          <Alert tone="error">{error}</Alert>
        </div>
      ) : null}
    </Section>
  );
}

export function PlanList({ plans }: { plans: PlanSummary[] }) {
  const comparable = plans.length >= 2;
  return (
    <>
      {comparable ? (
        <form
          id="compare-form"
          action="/plans/compare"
          method="get"
          className="mb-4 flex flex-wrap items-center gap-3 rounded-lg bg-slate-50 p-3 text-sm dark:bg-slate-900"
        >
          <span>Tick two or three plans to see their pay side by side.</span>
          <Button type="submit" variant="secondary">
            Compare selected
          </Button>
        </form>
      ) : null}
      <ul className="space-y-4">
        {plans.map((p) => (
          <PlanRow key={p.id} plan={p} comparable={comparable} />
        ))}
      </ul>
    </>
  );
}
