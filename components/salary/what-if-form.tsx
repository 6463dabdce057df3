import Form from "next/form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import type { WhatIfChoice, WhatIfField } from "@/lib/salary/scenario-params";

// The what-if's question as a GET form, so the address always mirrors the choice and a link can pre-fill it. Next's
// Form turns the submit into a client-side navigation (no full reload); without script it is a plain GET.

export type AddOption = { code: string; name: string; body: string };

type Props = {
  choice: WhatIfChoice;
  errors: Partial<Record<WhatIfField, string>>;
  /** Plannable catalog credentials not already held. */
  options: AddOption[];
  held: { code: string; name: string }[];
};

function byBody(options: AddOption[]): [string, AddOption[]][] {
  const groups = new Map<string, AddOption[]>();
  for (const o of options) groups.set(o.body, [...(groups.get(o.body) ?? []), o]);
  return [...groups];
}

export function WhatIfForm({ choice, errors, options, held }: Props) {
  return (
    <Form action="/what-if" noValidate className="space-y-4" aria-label="Your what-if">
      {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <SelectField label="Credential to add" name="add" defaultValue={choice.add} error={errors.add}>
          <option value="">{held.length ? "None: only stop holding some" : "Choose a credential"}</option>
          {byBody(options).map(([body, list]) => (
            <optgroup key={body} label={body}>
              {list.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.code}: {o.name}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <TextField
          label="Earned on"
          name="on"
          type="date"
          defaultValue={choice.on}
          error={errors.on}
          hint="When you would pass the exam."
        />
        <TextField
          label="Years to show"
          name="years"
          type="number"
          inputMode="numeric"
          min={1}
          max={10}
          defaultValue={choice.years}
          error={errors.years}
          hint="From 1 to 10, starting this year."
        />
      </div>
      {held.length ? (
        <fieldset aria-describedby={errors.remove ? "remove-error" : undefined}>
          <legend className="text-sm font-medium">Stop holding (optional)</legend>
          <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
            {held.map((h) => (
              <label key={h.code} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="remove" value={h.code} defaultChecked={choice.remove.includes(h.code)} />
                {h.code}
                <span className="sr-only">: {h.name}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          No credentials are on your record, so there is nothing to stop holding.
        </p>
      )}
      {errors.remove ? (
        <p id="remove-error" className="text-sm font-medium text-red-700 dark:text-red-400">
          {errors.remove}
        </p>
      ) : null}
      <Button type="submit">Show what it costs</Button>
    </Form>
  );
}
