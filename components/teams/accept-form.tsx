"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { ShareChecks } from "@/components/teams/share-checks";
import { acceptInviteAction } from "@/lib/teams/actions";

export function AcceptForm({ token }: { token: string }) {
  const { state, pending, formRef, onSubmit } = useFormAction(acceptInviteAction);
  const teamPath = state?.ok ? state.message?.match(/\/teams\/[\w-]+/)?.[0] : undefined;
  if (state?.ok)
    return (
      <Alert tone="success">
        You joined the team. <TextLink href={teamPath ?? "/teams"}>Open the team</TextLink>.
      </Alert>
    );
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={pending}>
      {state?.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <ShareChecks idPrefix="accept" checked={["status"]} />
      <Button type="submit" disabled={pending}>
        {pending ? "Joining…" : "Join the team"}
      </Button>
    </form>
  );
}
