"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { setVerifyLinksAction } from "@/lib/teams/actions";

/**
 * Where the employer checks each body's credentials (the owner sets them): the roster's "verify" links go there.
 * HIM Pathways has no such address on file, so none is suggested.
 */
export function VerifyLinksForm({
  teamId,
  bodies,
  links,
}: {
  teamId: string;
  bodies: { code: string; name: string }[];
  links: Record<string, string>;
}) {
  const { state, pending, formRef, onSubmit } = useFormAction(setVerifyLinksAction);
  const e = state?.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={pending}>
      {state?.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      <input type="hidden" name="teamId" value={teamId} />
      <div className="grid gap-4 sm:grid-cols-2">
        {bodies.map((b) => (
          <TextField
            key={b.code}
            label={`${b.code} verification page`}
            hint={b.name}
            name={`verify:${b.code}`}
            type="url"
            inputMode="url"
            placeholder="https://"
            defaultValue={links[b.code] ?? ""}
            error={e[`verifyLinks.${b.code}`] ?? e.verifyLinks}
          />
        ))}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save the verification pages"}
      </Button>
    </form>
  );
}
