"use client";

import type { ChangeEvent } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { formatUsd, ordinal } from "@/lib/format";
import type { AssumptionFields } from "@/lib/salary/form";
import { bandChoiceLabel } from "@/lib/salary/labels";
import type { PayContext, Projection } from "@/lib/salary/types";

type Props = {
  idPrefix: string;
  fields: AssumptionFields;
  errors: Record<string, string>;
  onChange: (next: AssumptionFields) => void;
  onReset: () => void;
  ctx: PayContext;
  /** What the projection resolved (defaults filled in), to show beside empty fields. */
  resolved: Projection["assumptions"] | null;
  /** Roles whose figure the person may choose or supply. */
  roles: string[];
  /** Lay the fields out in columns (a full-width form) rather than one above another (a sidebar). */
  wide?: boolean;
};

/** Every assumption of a projection, editable; the charts redraw as soon as the values are valid. */
export function AssumptionsForm({
  idPrefix,
  fields,
  errors,
  onChange,
  onReset,
  ctx,
  resolved,
  roles,
  wide = false,
}: Props) {
  const set = (patch: Partial<AssumptionFields>) => onChange({ ...fields, ...patch });
  const n = (k: string) => `${idPrefix}-${k}`;
  // A text field bound to its assumption: its id, what is typed, its error, and the change it makes.
  const text = (k: "raisePercent" | "baseYearPercent" | "currentSalary" | "position" | "horizonYears") => ({
    name: n(k),
    value: fields[k],
    error: errors[k],
    onChange: (e: ChangeEvent<HTMLInputElement>) => set({ [k]: e.target.value }),
  });
  const growth = ctx.derivedGrowth.percent ?? 0;
  const positionHint =
    resolved?.positionFrom === "salary"
      ? `Empty: placed by your salary, at the ${ordinal(resolved.position)} percentile of your current role.`
      : "Empty: the median (50th percentile).";
  return (
    <form className="space-y-4" onSubmit={(e) => e.preventDefault()} aria-describedby={n("about")}>
      <p id={n("about")} className="text-sm text-slate-600 dark:text-slate-400">
        These are assumptions, not published figures. Change any of them and the charts redraw at once; a value out of
        range is named and nothing changes until it is fixed.
      </p>
      <div className={`grid gap-4 ${wide ? "sm:grid-cols-2 lg:grid-cols-3" : ""}`}>
        <TextField
          label="Yearly raise (%)"
          {...text("raisePercent")}
          inputMode="decimal"
          placeholder={String(growth)}
          hint={`Empty: ${growth}%, the mean yearly change of BLS medians on file (see Assumptions under the chart).`}
        />
        <TextField
          label={`Bring older figures to ${ctx.thisYear} at (% a year)`}
          {...text("baseYearPercent")}
          inputMode="decimal"
          placeholder={String(growth)}
          hint={
            `Each dated figure grows at this rate from its year to ${ctx.thisYear}; ` +
            `undated figures are taken as this year's. Empty: ${growth}%.`
          }
        />
        <TextField
          label="Your salary today ($ a year)"
          {...text("currentSalary")}
          inputMode="numeric"
          hint="Places you in your band and is what staying put pays. Leave empty if you would rather not say."
        />
        <TextField
          label="Your place in each band (percentile, 1–99)"
          {...text("position")}
          inputMode="decimal"
          hint={positionHint}
        />
        <TextField
          label="Years to project"
          {...text("horizonYears")}
          inputMode="numeric"
          placeholder={resolved ? String(resolved.horizonYears) : ""}
          hint={`1–40. Empty: ${resolved?.horizonYears ?? 10}.`}
        />
        <div className="flex items-start gap-2 pt-6">
          <input
            id={n("includeRenewals")}
            type="checkbox"
            className="mt-1 h-4 w-4"
            checked={fields.includeRenewals}
            onChange={(e) => set({ includeRenewals: e.target.checked })}
          />
          <label htmlFor={n("includeRenewals")} className="text-sm">
            Count renewal fees (non-member rates, once per body and cycle)
          </label>
        </div>
      </div>
      {roles.length ? (
        <fieldset className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
          <legend className="px-1 text-sm font-semibold">Figures per role</legend>
          <div className="space-y-4">
            {roles.map((slug) => {
              const role = ctx.roles[slug];
              if (!role) return null;
              return (
                <div key={slug} className={`grid gap-3 ${wide ? "sm:grid-cols-2" : ""}`}>
                  {role.bands.length ? (
                    <SelectField
                      label={`${role.title}: figure used`}
                      name={n(`basis-${slug}`)}
                      value={fields.basis[slug] ?? ""}
                      error={errors[`basis.${slug}`]}
                      onChange={(e) => set({ basis: { ...fields.basis, [slug]: e.target.value } })}
                    >
                      <option value="">Best available: {bandChoiceLabel(role.bands[0]!)}</option>
                      {role.bands.map((b) => (
                        <option key={b.figureKey} value={b.figureKey}>
                          {bandChoiceLabel(b)} ({formatUsd(b.p25)}
                          {b.p75 !== b.p25 ? `–${formatUsd(b.p75)}` : ""})
                        </option>
                      ))}
                    </SelectField>
                  ) : (
                    <p className="text-sm text-slate-700 dark:text-slate-300">
                      <span className="font-medium">{role.title}:</span> no published figure is on file. Enter your own
                      to include it.
                    </p>
                  )}
                  <TextField
                    label={`${role.title}: your own figure ($ a year)`}
                    name={n(`ownPay-${slug}`)}
                    inputMode="numeric"
                    value={fields.ownPay[slug] ?? ""}
                    error={errors[`ownPay.${slug}`]}
                    hint="Optional: used instead of any published figure, labelled as yours."
                    onChange={(e) => set({ ownPay: { ...fields.ownPay, [slug]: e.target.value } })}
                  />
                </div>
              );
            })}
          </div>
        </fieldset>
      ) : null}
      <Button type="button" variant="secondary" onClick={onReset}>
        Reset to defaults
      </Button>
    </form>
  );
}
