"use client";

import { useState, useTransition } from "react";
import type { GraphMove, GraphRole } from "@/components/ladder/ladder-graph";
import { PlanResults } from "@/components/plans/plan-results";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { previewPlanAction } from "@/lib/plans/actions";
import type { PlanPreview } from "@/lib/plans/preview";
import {
  educationLabels,
  educationLevels,
  experienceKindLabels,
  experienceKinds,
  type EducationLevel,
  type ExperienceKind,
} from "@/lib/ladder/requirement-schema";

type CredentialOption = { code: string; name: string; body: string; plannable: boolean };

export type PlannerDefaults = {
  currentRole: string | null;
  education: EducationLevel;
  yearsExperience: number;
  /** Credentials on the user's record, with the dates they were earned. */
  held: { code: string; earnedOn: string }[];
};

const objectives = [
  { value: "fastest", label: "Fastest", hint: "least time to the target" },
  { value: "cheapest", label: "Cheapest", hint: "lowest exam fees" },
  { value: "best_pay", label: "Best pay", hint: "most expected earnings along the way" },
] as const;

const num = (s: string) => (s.trim() === "" ? undefined : Number(s));

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
  const [currentRole, setCurrentRole] = useState(defaults.currentRole ?? "");
  const [target, setTarget] = useState("");
  const [education, setEducation] = useState<EducationLevel>(defaults.education);
  const [years, setYears] = useState(String(defaults.yearsExperience));
  const [yearsInRole, setYearsInRole] = useState("");
  const [byKind, setByKind] = useState<Partial<Record<ExperienceKind, string>>>({});
  const [held, setHeld] = useState<string[]>(defaults.held.map((h) => h.code));
  const [objective, setObjective] = useState<(typeof objectives)[number]["value"]>("fastest");
  const [k, setK] = useState("3");
  const [avoid, setAvoid] = useState<string[]>([]);
  const [avoidBodies, setAvoidBodies] = useState<string[]>([]);
  const [maxYears, setMaxYears] = useState("");
  const [result, setResult] = useState<PlanPreview | null>(null);
  const [errors, setErrors] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [pending, startTransition] = useTransition();

  const toggle = (list: string[], set: (v: string[]) => void, value: string) =>
    set(list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const experience = Object.fromEntries(
      Object.entries(byKind)
        .filter(([, v]) => v !== undefined && v.trim() !== "")
        .map(([kind, v]) => [kind, Number(v)]),
    );
    const request = {
      currentRole: currentRole || null,
      target,
      education,
      yearsExperience: num(years) ?? 0,
      ...(num(yearsInRole) !== undefined ? { yearsInRole: num(yearsInRole) } : {}),
      ...(Object.keys(experience).length ? { experience } : {}),
      credentials: held.map((code) => ({
        code,
        earnedOn: defaults.held.find((h) => h.code === code)?.earnedOn ?? today,
      })),
      objective,
      k: Number(k),
      avoidCredentials: avoid,
      avoidBodies,
      maxYears: num(maxYears) ?? null,
    };
    if (!target) {
      setErrors({
        message: "Please fix the highlighted fields.",
        fields: { target: "Choose the role you want to reach." },
      });
      return;
    }
    startTransition(async () => {
      const res = await previewPlanAction(request);
      if (res.ok) {
        setErrors(null);
        setResult(res.data);
      } else {
        setErrors({ message: res.message, fields: res.fieldErrors });
        setResult(null);
      }
    });
  }

  const err = (field: string) => errors?.fields[field];
  const certifications = credentials.filter((c) => c.plannable);
  const licences = credentials.filter((c) => !c.plannable);

  return (
    <div>
      <form onSubmit={submit} noValidate aria-busy={pending} className="space-y-6">
        {errors ? <Alert tone="error">{errors.message}</Alert> : null}
        <div className="grid gap-4 md:grid-cols-2">
          <SelectField
            label="Where you are now"
            name="currentRole"
            value={currentRole}
            onChange={(e) => setCurrentRole(e.target.value)}
            error={err("currentRole")}
          >
            <option value="">Not in an HIM role yet</option>
            {roles.map((r) => (
              <option key={r.slug} value={r.slug}>
                {r.title} (level {r.level})
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Where you want to be"
            name="target"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            error={err("target")}
            required
          >
            <option value="">Choose a target role</option>
            {roles.map((r) => (
              <option key={r.slug} value={r.slug}>
                {r.title} (level {r.level})
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Highest education completed"
            name="education"
            value={education}
            onChange={(e) => setEducation(e.target.value as EducationLevel)}
            error={err("education")}
          >
            {educationLevels.map((l) => (
              <option key={l} value={l}>
                {educationLabels[l]}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Years of HIM experience"
            name="yearsExperience"
            type="number"
            min={0}
            max={60}
            step={0.5}
            inputMode="decimal"
            value={years}
            onChange={(e) => setYears(e.target.value)}
            error={err("yearsExperience")}
          />
          <TextField
            label="Years in your current role (optional)"
            name="yearsInRole"
            type="number"
            min={0}
            max={60}
            step={0.5}
            inputMode="decimal"
            value={yearsInRole}
            onChange={(e) => setYearsInRole(e.target.value)}
            error={err("yearsInRole")}
            hint="Counts toward the time usually spent in a role before moving on. Defaults to all your experience."
          />
          <SelectField
            label="How many paths to show"
            name="k"
            value={k}
            onChange={(e) => setK(e.target.value)}
            error={err("k")}
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
                  checked={objective === o.value}
                  onChange={() => setObjective(o.value)}
                />
                <span>
                  <span className="font-medium">{o.label}</span>{" "}
                  <span className="text-slate-600 dark:text-slate-400">({o.hint})</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset>
          <legend className="text-sm font-medium">Credentials you hold</legend>
          <div className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3 lg:grid-cols-6">
            {[...certifications, ...licences].map((c) => (
              <label key={c.code} className="flex items-center gap-2 text-sm" title={c.name}>
                <input type="checkbox" checked={held.includes(c.code)} onChange={() => toggle(held, setHeld, c.code)} />
                <span>
                  {c.code} <span className="sr-only">{c.name}</span>
                </span>
              </label>
            ))}
          </div>
          {err("credentials") ? (
            <p className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">{err("credentials")}</p>
          ) : null}
        </fieldset>

        <details className="rounded-md border border-slate-200 p-4 dark:border-slate-700">
          <summary className="cursor-pointer text-sm font-medium">Refine: years by kind of work</summary>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            Some credentials count only experience in a kind of work (CCDS: CDI; CHPS: privacy or security). Left empty,
            your years count toward the kind of work your current role does.
          </p>
          <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {experienceKinds.map((kind) => (
              <TextField
                key={kind}
                label={`Years of ${experienceKindLabels[kind]}`}
                name={`experience-${kind}`}
                type="number"
                min={0}
                max={60}
                step={0.5}
                inputMode="decimal"
                value={byKind[kind] ?? ""}
                onChange={(e) => setByKind({ ...byKind, [kind]: e.target.value })}
                error={err(`experience.${kind}`)}
              />
            ))}
          </div>
        </details>

        <details className="rounded-md border border-slate-200 p-4 dark:border-slate-700">
          <summary className="cursor-pointer text-sm font-medium">
            Limits: credentials or bodies to avoid, a time limit
          </summary>
          <div className="mt-3 space-y-4">
            <fieldset>
              <legend className="text-sm font-medium">Avoid these credentials</legend>
              <div className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3 lg:grid-cols-6">
                {certifications.map((c) => (
                  <label key={c.code} className="flex items-center gap-2 text-sm" title={c.name}>
                    <input
                      type="checkbox"
                      checked={avoid.includes(c.code)}
                      onChange={() => toggle(avoid, setAvoid, c.code)}
                    />
                    {c.code}
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset>
              <legend className="text-sm font-medium">Avoid these bodies</legend>
              <div className="mt-2 flex flex-wrap gap-4">
                {bodies.map((b) => (
                  <label key={b} className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      checked={avoidBodies.includes(b)}
                      onChange={() => toggle(avoidBodies, setAvoidBodies, b)}
                    />
                    {b}
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="max-w-xs">
              <TextField
                label="At most this many years"
                name="maxYears"
                type="number"
                min={1}
                max={60}
                step={1}
                inputMode="numeric"
                value={maxYears}
                onChange={(e) => setMaxYears(e.target.value)}
                error={err("maxYears")}
              />
            </div>
          </div>
        </details>

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
