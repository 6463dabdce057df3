"use client";

import { useRouter } from "next/navigation";
import { useOptimistic, useState, useTransition } from "react";
import { PathTimeline } from "@/components/plans/path-timeline";
import { Alert } from "@/components/ui/alert";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { PlanStep } from "@/lib/ladder/planner-types";
import { setPlanStepsAction } from "@/lib/plans/actions";

/** A saved plan's timeline with a "done" box per step; each change is saved at once, with the plan's version. */
export function PlanSteps({
  id,
  steps,
  doneSteps,
  version,
}: {
  id: string;
  steps: PlanStep[];
  doneSteps: number[];
  version: number;
}) {
  const router = useRouter();
  const [current, setCurrent] = useState({ done: doneSteps, version });
  const [optimistic, setOptimistic] = useOptimistic(current.done);
  const [error, setError] = useState<string | null>(null);
  const [, startTransition] = useTransition();

  function toggle(index: number) {
    const next = optimistic.includes(index)
      ? optimistic.filter((i) => i !== index)
      : [...optimistic, index].sort((a, b) => a - b);
    startTransition(async () => {
      setOptimistic(next);
      const res = await setPlanStepsAction({ id, doneSteps: next, version: current.version });
      if (res.ok) {
        setCurrent({ done: res.data.doneSteps, version: res.data.version });
        setError(null);
      } else {
        setError(`${res.message} Your last change was not saved.`);
        router.refresh();
      }
    });
  }

  return (
    <div>
      <ProgressBar
        value={optimistic.length / steps.length}
        label={`Steps done: ${optimistic.length} of ${steps.length}`}
      />
      {error ? (
        <div className="mt-3">
          <Alert tone="error">{error}</Alert>
        </div>
      ) : null}
      <PathTimeline
        steps={steps}
        done={optimistic}
        keepLinks
        renderToggle={(i) => (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={optimistic.includes(i)} onChange={() => toggle(i)} />
            Done<span className="sr-only">: {steps[i]!.title}</span>
          </label>
        )}
      />
    </div>
  );
}
