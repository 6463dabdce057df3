"use client";

import { useState } from "react";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { createInviteAction } from "@/lib/teams/actions";

const linkClass = [
  "min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm",
  "dark:border-slate-500 dark:bg-slate-900",
].join(" ");

/** An invitation: emailed when an address is given, and always shown as a link to copy (it works once, 7 days). */
export function InviteForm({
  teamId,
  canInviteManagers,
  positions,
}: {
  teamId: string;
  canInviteManagers: boolean;
  positions: { id: string; name: string }[];
}) {
  const { pending, error, run, fieldError } = useActionRunner();
  const [made, setMade] = useState<{ url: string; emailed: boolean; expiresAt: string } | null>(null);
  const [copied, setCopied] = useState(false);
  return (
    <form
      noValidate
      className="space-y-4"
      aria-busy={pending}
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const value = (k: string) => String(f.get(k) ?? "");
        setCopied(false);
        run(
          () =>
            createInviteAction({
              teamId,
              role: value("role"),
              email: value("email"),
              position: value("position") || undefined,
            }),
          (data) => setMade(data),
        );
      }}
    >
      {error ? <Alert tone="error">{error.message}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label="Email (optional)"
          name="email"
          type="email"
          error={fieldError("email")}
          hint="Leave empty to get a link to send yourself."
        />
        <SelectField label="Role" name="role" defaultValue="member" error={fieldError("role")}>
          <option value="member">Member</option>
          {canInviteManagers ? <option value="manager">Manager</option> : null}
        </SelectField>
        <SelectField label="Position (optional)" name="position" defaultValue="" error={fieldError("position")}>
          <option value="">None yet</option>
          {positions.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create the invitation"}
      </Button>
      {made ? (
        <div className="space-y-2" role="status">
          <p className="text-sm">
            {made.emailed ? "Emailed. " : ""}The link works once, until {made.expiresAt.slice(0, 10)}:
          </p>
          <div className="flex flex-wrap gap-2">
            <label htmlFor="invite-link" className="sr-only">
              Invitation link
            </label>
            <input
              id="invite-link"
              readOnly
              value={made.url}
              onFocus={(e) => e.currentTarget.select()}
              className={linkClass}
            />
            <Button
              type="button"
              variant="secondary"
              onClick={() =>
                navigator.clipboard?.writeText(made.url).then(
                  () => setCopied(true),
                  () => undefined,
                )
              }
            >
              {copied ? "Copied" : "Copy the link"}
            </Button>
          </div>
        </div>
      ) : null}
    </form>
  );
}
