"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { TextLink } from "@/components/ui/text-link";
import { createTeamAction } from "@/lib/teams/actions";

export function CreateTeamForm() {
  const { state, pending, formRef, onSubmit } = useFormAction(createTeamAction);
  const teamPath = state?.ok ? state.message?.match(/\/teams\/[\w-]+/)?.[0] : undefined;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={pending}>
      {state?.ok ? (
        <Alert tone="success">
          Team created. <TextLink href={teamPath ?? "/teams"}>Open it to invite people</TextLink>.
        </Alert>
      ) : state?.message ? (
        <Alert tone="error">{state.message}</Alert>
      ) : null}
      <TextField label="Team name" name="name" error={state?.fieldErrors?.name} maxLength={80} />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create a team"}
      </Button>
    </form>
  );
}
