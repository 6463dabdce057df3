"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { createPositionAction } from "@/lib/teams/actions";

export function PositionForm({ teamId }: { teamId: string }) {
  const { state, pending, formRef, onSubmit } = useFormAction(createPositionAction);
  const errors = state?.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={pending}>
      {state?.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      <input type="hidden" name="teamId" value={teamId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Position name" name="name" error={errors.name} maxLength={80} />
        <TextField
          label="Credentials it needs"
          name="requires"
          error={errors.requires}
          hint='Groups joined by "or", credentials in a group by "+": "CCS or CPC + CIC".'
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add the position"}
      </Button>
    </form>
  );
}
