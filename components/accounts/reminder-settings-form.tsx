"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { updateReminderSettingsAction } from "@/lib/reminders/actions";
import type { ReminderSettingsView } from "@/lib/reminders/settings";

function Check({
  id,
  name,
  label,
  hint,
  checked,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  checked: boolean;
}) {
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        name={name}
        type="checkbox"
        defaultChecked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-1 h-4 w-4"
      />
      <div>
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

export function ReminderSettingsForm({ settings }: { settings: ReminderSettingsView }) {
  const { state, pending, formRef, onSubmit } = useFormAction(updateReminderSettingsAction);
  const errors = state?.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={pending}>
      {state?.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      <Check
        id="reminders-email"
        name="email"
        label="Email me reminders"
        checked={settings.email}
        hint={
          settings.emailVerified
            ? "One email a day at most. Every email has a link to stop them."
            : "Reminder emails go only to a verified address; yours is not verified yet, so until it is you get " +
              "reminders in the app only."
        }
      />
      <Check
        id="reminders-in-app"
        name="inApp"
        label="Show reminders in the app"
        hint="In your notifications (the bell at the top of every page)."
        checked={settings.inApp}
      />
      <TextField
        label="Remind me on these days"
        name="days"
        defaultValue={settings.days.join(", ")}
        error={errors.days}
        inputMode="text"
        hint={
          "Days before a due date, separated by commas; negative numbers are days after it (−1: the day after). " +
          "90, 60, 30, 7, 1, −1, −30 by default."
        }
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save reminder settings"}
      </Button>
    </form>
  );
}
