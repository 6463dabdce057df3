"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ShareChecks } from "@/components/teams/share-checks";
import { setShareAction } from "@/lib/teams/actions";
import type { ShareLevel } from "@/lib/teams/validation";

export function ShareForm({ teamId, share }: { teamId: string; share: ShareLevel[] }) {
  const { state, pending, formRef, onSubmit } = useFormAction(setShareAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={pending}>
      {state?.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      <input type="hidden" name="teamId" value={teamId} />
      <ShareChecks idPrefix="share" checked={share} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save what I share"}
      </Button>
    </form>
  );
}
