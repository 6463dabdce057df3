"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { ceuTopicLabels, ceuTopics } from "@/lib/credentials/ceu-topics";
import { setPolicyAction } from "@/lib/teams/actions";
import type { CePolicy } from "@/lib/teams/validation";

/** The team's own education rule; every part optional, and all of it empty removes the rule. */
export function PolicyForm({ teamId, policy }: { teamId: string; policy: CePolicy | null }) {
  const { state, pending, formRef, onSubmit } = useFormAction(setPolicyAction);
  const e = state?.fieldErrors ?? {};
  const v = (n: number | null | undefined) => (n == null ? "" : String(n));
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={pending}>
      {state?.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      <input type="hidden" name="teamId" value={teamId} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label="Hours per calendar year"
          name="hoursPerYear"
          inputMode="decimal"
          defaultValue={v(policy?.hoursPerYear)}
          error={e.hoursPerYear}
        />
        <SelectField label="Of them, from the topic" name="topic" defaultValue={policy?.topic ?? ""} error={e.topic}>
          <option value="">No topic rule</option>
          {ceuTopics.map((t) => (
            <option key={t} value={t}>
              {ceuTopicLabels[t]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Hours from that topic"
          name="topicHours"
          inputMode="decimal"
          defaultValue={v(policy?.topicHours)}
          error={e.topicHours}
        />
        <TextField
          label="New hires: within days of joining"
          name="newHireDays"
          inputMode="numeric"
          defaultValue={v(policy?.newHireDays)}
          error={e.newHireDays}
        />
        <TextField
          label="New hires: hours in that time"
          name="newHireHours"
          inputMode="decimal"
          defaultValue={v(policy?.newHireHours)}
          error={e.newHireHours}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save the policy"}
      </Button>
    </form>
  );
}
