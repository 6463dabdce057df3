"use client";

import { useState } from "react";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { SaveOrCancel } from "@/components/ui/save-or-cancel";
import { addCustomAction, updateCustomAction } from "@/lib/credentials/actions";
import { ceuTopicLabels, ceuTopics } from "@/lib/credentials/ceu-topics";
import type { CustomCredentialView } from "@/lib/credentials/custom-credentials";

/** A custom credential as far as the form edits it. */
export type CustomRecord = Omit<CustomCredentialView, "code" | "trackedSince">;

type Minimum = { topic: string; ceus: string };
const blank = { name: "", issuer: "", earnedOn: "", cycleMonths: "24", requiredCeus: "", cycleEnd: "" };

/** A credential from an issuer outside the catalog, with the renewal rules the person reads off the issuer's site. */
export function CustomForm({ initial, today, onDone }: { initial?: CustomRecord; today: string; onDone?: () => void }) {
  const [fields, setFields] = useState(
    initial
      ? {
          name: initial.name,
          issuer: initial.issuer,
          earnedOn: initial.earnedOn,
          cycleMonths: String(initial.cycleMonths),
          requiredCeus: String(initial.requiredCeus),
          cycleEnd: initial.cycleEnd ?? "",
        }
      : blank,
  );
  const [minimums, setMinimums] = useState<Minimum[]>(
    initial?.topicMinimums.map((m) => ({ topic: m.topic, ceus: String(m.ceus) })) ?? [],
  );
  const { pending, error, run, fieldError } = useActionRunner();
  const prefix = initial ? `custom-${initial.id}` : "custom-new";
  const set = (k: keyof typeof blank) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setFields((f) => ({ ...f, [k]: e.target.value }));
  const number = (s: string) => (s.trim() === "" ? undefined : Number(s));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const values = {
      name: fields.name,
      issuer: fields.issuer,
      earnedOn: fields.earnedOn,
      cycleMonths: number(fields.cycleMonths),
      requiredCeus: number(fields.requiredCeus),
      cycleEnd: fields.cycleEnd || null,
      topicMinimums: minimums.map((m) => ({ topic: m.topic, ceus: number(m.ceus) })),
    };
    run<unknown>(
      () =>
        initial
          ? updateCustomAction({ id: initial.id, patch: { ...values, version: initial.version } })
          : addCustomAction(values),
      () => {
        if (!initial) {
          setFields(blank);
          setMinimums([]);
        }
        onDone?.();
      },
    );
  }

  const text = (k: keyof typeof blank, label: string, extra: Record<string, unknown> = {}) => (
    <TextField
      label={label}
      name={`${prefix}-${k}`}
      value={fields[k]}
      onChange={set(k)}
      error={fieldError(k)}
      {...extra}
    />
  );
  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-busy={pending}>
      {error ? <Alert tone="error">{error.message}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {text("name", "Credential name", { hint: "Such as Certified in Healthcare Compliance (CHC)." })}
        {text("issuer", "Issued by", { hint: "Such as HCCA, IAPP, NAHQ, HFMA or a state board." })}
        {text("earnedOn", "Earned on", { type: "date", max: today })}
        {text("requiredCeus", "CEUs per cycle", { inputMode: "decimal" })}
        {text("cycleMonths", "Cycle length in months", { inputMode: "numeric", hint: "24 for two years." })}
        {text("cycleEnd", "Last day of the current cycle (optional)", {
          type: "date",
          hint: "When the issuer's dates differ from counting from the day you earned it.",
        })}
      </div>
      <fieldset>
        <legend className="text-sm font-medium">Topic minimums (optional)</legend>
        {fieldError("topicMinimums") ? (
          <p className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">{fieldError("topicMinimums")}</p>
        ) : null}
        <ul className="mt-2 space-y-2">
          {minimums.map((m, i) => (
            <li key={i} className="flex flex-wrap items-end gap-2">
              <div className="w-56">
                <SelectField
                  label={`Topic ${i + 1}`}
                  name={`${prefix}-topic-${i}`}
                  value={m.topic}
                  error={fieldError(`topicMinimums.${i}.topic`)}
                  onChange={(e) => setMinimums((l) => l.map((x, j) => (j === i ? { ...x, topic: e.target.value } : x)))}
                >
                  {ceuTopics.map((t) => (
                    <option key={t} value={t}>
                      {ceuTopicLabels[t]}
                    </option>
                  ))}
                </SelectField>
              </div>
              <div className="w-32">
                <TextField
                  label={`CEUs for topic ${i + 1}`}
                  name={`${prefix}-topic-ceus-${i}`}
                  inputMode="decimal"
                  value={m.ceus}
                  error={fieldError(`topicMinimums.${i}.ceus`)}
                  onChange={(e) => setMinimums((l) => l.map((x, j) => (j === i ? { ...x, ceus: e.target.value } : x)))}
                />
              </div>
              <Button type="button" variant="secondary" onClick={() => setMinimums((l) => l.filter((_, j) => j !== i))}>
                Remove<span className="sr-only"> topic {i + 1}</span>
              </Button>
            </li>
          ))}
        </ul>
        {minimums.length < 10 ? (
          <Button
            type="button"
            variant="secondary"
            className="mt-2"
            onClick={() => setMinimums((l) => [...l, { topic: ceuTopics[0], ceus: "" }])}
          >
            Add a topic minimum
          </Button>
        ) : null}
      </fieldset>
      <SaveOrCancel
        pending={pending}
        label={initial ? "Save changes" : "Add this credential"}
        onCancel={onDone && initial ? onDone : undefined}
      />
    </form>
  );
}
