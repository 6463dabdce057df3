"use client";

import { useState, useTransition } from "react";
import { EducationSelect } from "@/components/forms/education-select";
import { RoleSelect } from "@/components/forms/role-select";
import type { GraphMove, GraphRole } from "@/components/ladder/ladder-graph";
import { PlanResults } from "@/components/plans/plan-results";
import { ExperienceByKind, gridOfBoxes, PlannerLimits, YearsField } from "@/components/plans/planner-refinements";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { SelectField } from "@/components/ui/field";
import type { EducationLevel } from "@/lib/ladder/requirement-schema";
import { previewPlanAction } from "@/lib/plans/actions";
import {
  parsePlannerFields,
  plannerFieldsFrom,
  type PlannerDefaults,
  type PlannerFields,
} from "@/lib/plans/planner-fields";
import type { PlanPreview } from "@/lib/plans/preview";

type CredentialOption = { code: string; name: string; body: string; plannable: boolean };

const objectives = [
  { value: "fastest", label: "Fastest", hint: "least time to the target" },
  { value: "cheapest", label: "Cheapest", hint: "lowest exam fees" },
  { value: "best_pay", label: "Best pay", hint: "most expected earnings along the way" },
] as const;

// What the last answer was: a result stays on screen under a new error, until a new result replaces it.
type Outcome = { result: PlanPreview | null; errors: { message: string; fields: Record<string, string> } | null };

export function PlannerForm({
  roles,
  credentials,
  bodies,
  defaults,
  today,
  signedIn,
  graph,
}: {
  roles: GraphRole[];
  credentials: CredentialOption[];
  bodies: string[];
  defaults: PlannerDefaults;
  today: string;
  signedIn: boolean;
  graph: { roles: GraphRole[]; moves: GraphMove[] };
}) {
  const [fields, setFields] = useState<PlannerFields>(() => plannerFieldsFrom(defaults));
  const [{ result, errors }, setOutcome] = useState<Outcome>({ result: null, errors: null });
  const [pending, startTransition] = useTransition();
  const set = (patch: Partial<PlannerFields>) => setFields((f) => ({ ...f, ...patch }));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const parsed = parsePlannerFields(fields, defaults.held, today);
    if (!parsed.ok) {
      setOutcome((o) => ({ ...o, errors: { message: "Please fix the highlighted fields.", fields: parsed.errors } }));
      return;
    }
    startTransition(async () => {
      const res = await previewPlanAction(parsed.request);
      if (res.ok) setOutcome({ result: res.data, errors: null });
      else setOutcome({ result: null, errors: { message: res.message, fields: res.fieldErrors } });
    });
  }

  const errorOf = (field: string) => errors?.fields[field];
  const certifications = credentials.filter((c) => c.plannable);
  const licences = credentials.filter((c) => !c.plannable);
  const held = [...certifications, ...licences].map((c) => ({
    value: c.code,
    title: c.name,
    label: (
      <span>
        {c.code} <span className="sr-only">{c.name}</span>
      </span>
    ),
  }));

  return (
    <div>
      <form onSubmit={submit} noValidate aria-busy={pending} className="space-y-6">
        {errors ? <Alert tone="error">{errors.message}</Alert> : null}
        <div className="grid gap-4 md:grid-cols-2">
          <RoleSelect
            label="Where you are now"
            name="currentRole"
            roles={roles}
            emptyLabel="Not in an HIM role yet"
            value={fields.currentRole}
            onChange={(e) => set({ currentRole: e.target.value })}
            error={errorOf("currentRole")}
          />
          <RoleSelect
            label="Where you want to be"
            name="target"
            roles={roles}
            emptyLabel="Choose a target role"
            value={fields.target}
            onChange={(e) => set({ target: e.target.value })}
            error={errorOf("target")}
            required
          />
          <EducationSelect
            name="education"
            value={fields.education}
            onChange={(e) => set({ education: e.target.value as EducationLevel })}
            error={errorOf("education")}
          />
          <YearsField
            label="Years of HIM experience"
            name="yearsExperience"
            value={fields.yearsExperience}
            onChange={(e) => set({ yearsExperience: e.target.value })}
            error={errorOf("yearsExperience")}
          />
          <YearsField
            label="Years in your current role (optional)"
            name="yearsInRole"
            value={fields.yearsInRole}
            onChange={(e) => set({ yearsInRole: e.target.value })}
            error={errorOf("yearsInRole")}
            hint="Counts toward the time usually spent in a role before moving on. Defaults to all your experience."
          />
          <SelectField
            label="How many paths to show"
            name="k"
            value={fields.k}
            onChange={(e) => set({ k: e.target.value })}
            error={errorOf("k")}
          >
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </SelectField>
        </div>

        <fieldset>
          <legend className="text-sm font-medium">Which path is best for you?</legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {objectives.map((o) => (
              <label key={o.value} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="objective"
                  value={o.value}
                  checked={fields.objective === o.value}
                  onChange={() => set({ objective: o.value })}
                />
                <span>
                  <span className="font-medium">{o.label}</span>{" "}
                  <span className="text-slate-600 dark:text-slate-400">({o.hint})</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        <CheckboxGroup
          legend="Credentials you hold"
          options={held}
          checked={fields.held}
          onChange={(next) => set({ held: next })}
          listClassName={gridOfBoxes}
          error={errorOf("credentials")}
        />

        <ExperienceByKind fields={fields} onChange={set} errorOf={errorOf} />
        <PlannerLimits
          fields={fields}
          onChange={set}
          errorOf={errorOf}
          certifications={certifications}
          bodies={bodies}
        />

        <Button type="submit" disabled={pending}>
          {pending ? "Planning…" : "Plan my paths"}
        </Button>
        <p role="status" aria-live="polite" className="sr-only">
          {pending ? "Planning your paths" : result ? `${result.paths.length} paths found` : ""}
        </p>
      </form>
      {result ? <PlanResults result={result} graph={graph} signedIn={signedIn} /> : null}
    </div>
  );
}
