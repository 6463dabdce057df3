"use client";

import { useState } from "react";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { updateHeldAction } from "@/lib/credentials/actions";
import type { ReportedCycle } from "@/lib/credentials/compliance-types";

type Held = { id: string; version: number; reported: ReportedCycle[]; requiredOverride: { ceus: number } | null };
type Cycle = { cycle: "current" | "previous"; cycleEnd: string; reportedOn: string | null; met: boolean };

/** What a person can tell HIM Pathways about one cycle: the body's own figure for it, and that it was reported. */
export function CycleActions({ held, item, body, today }: { held: Held; item: Cycle; body: string; today: string }) {
  return (
    <div className="mt-4 space-y-4 border-t border-slate-200 pt-4 dark:border-slate-800">
      {item.cycle === "current" ? <OwnFigure held={held} body={body} /> : null}
      <Reported held={held} item={item} body={body} today={today} />
    </div>
  );
}

function OwnFigure({ held, body }: { held: Held; body: string }) {
  const [ceus, setCeus] = useState(held.requiredOverride ? String(held.requiredOverride.ceus) : "");
  const { pending, error, run, fieldError } = useActionRunner();
  const name = `own-figure-${held.id}`;
  const save = (value: number | null) =>
    run(() => updateHeldAction({ id: held.id, patch: { requiredOverride: value, version: held.version } }));
  return (
    <form
      noValidate
      aria-busy={pending}
      onSubmit={(e) => {
        e.preventDefault();
        save(ceus.trim() === "" ? null : Number(ceus));
      }}
      className="space-y-2"
    >
      {error && !fieldError("requiredOverride") ? <Alert tone="error">{error.message}</Alert> : null}
      <div className="max-w-xs">
        <TextField
          label={`CEUs ${body}'s own tracker shows for this cycle`}
          name={name}
          inputMode="numeric"
          value={ceus}
          onChange={(e) => setCeus(e.target.value)}
          error={fieldError("requiredOverride")}
          hint="Leave empty to use the rules. Applies to this cycle only."
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Use this figure"}
        </Button>
        {held.requiredOverride ? (
          <Button type="button" variant="secondary" disabled={pending} onClick={() => save(null)}>
            Use the rules again
          </Button>
        ) : null}
      </div>
    </form>
  );
}

function Reported({ held, item, body, today }: { held: Held; item: Cycle; body: string; today: string }) {
  const [on, setOn] = useState(today);
  const { pending, error, run } = useActionRunner();
  const others = held.reported.filter((r) => r.cycleEnd !== item.cycleEnd);
  const send = (reported: ReportedCycle[]) =>
    run(() => updateHeldAction({ id: held.id, patch: { reported, version: held.version } }));
  if (item.reportedOn) {
    return (
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span>
          Reported to {body} on {item.reportedOn}.
        </span>
        <Button type="button" variant="secondary" disabled={pending} onClick={() => send(others)}>
          Not reported after all
        </Button>
        {error ? <Alert tone="error">{error.message}</Alert> : null}
      </div>
    );
  }
  if (item.met && item.cycle === "previous") return null;
  const question =
    item.cycle === "previous"
      ? `Did you report this cycle to ${body}? If you did, mark it as reported and it counts as met.`
      : `Already reported this cycle to ${body}? Mark it so it counts as met.`;
  const field = `reported-on-${held.id}-${item.cycle}`;
  return (
    <form
      noValidate
      aria-busy={pending}
      onSubmit={(e) => {
        e.preventDefault();
        send([...others, { cycleEnd: item.cycleEnd, reportedOn: on }]);
      }}
      className="space-y-2"
    >
      <p className="text-sm">{question}</p>
      {error ? <Alert tone="error">{Object.values(error.fields)[0] ?? error.message}</Alert> : null}
      <div className="flex flex-wrap items-end gap-2">
        <div className="w-48">
          <TextField
            label="Reported on"
            name={field}
            type="date"
            max={today}
            value={on}
            onChange={(e) => setOn(e.target.value)}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Saving…" : "Mark as reported"}
        </Button>
      </div>
    </form>
  );
}
