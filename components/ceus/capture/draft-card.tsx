"use client";

import type { ReactNode } from "react";
import type { DraftValues, EditableField } from "@/components/ceus/capture/draft-values";
import { ConfirmDelete } from "@/components/plans/confirm-delete";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { TextField } from "@/components/ui/field";
import { TextLink } from "@/components/ui/text-link";
import type { DraftFieldView, DraftView } from "@/lib/capture/draft-view";
import { ceuTopicLabels, ceuTopics } from "@/lib/credentials/ceu-topics";

// One certificate's draft: each field as read, how sure the reading is and where on the page it was found;
// doubtful readings are marked until the person looks at them. Confirm makes the entry; delete drops the draft.

type Props = {
  draft: DraftView;
  values: DraftValues;
  touched: Set<string>;
  errors?: { message: string; fieldErrors: Record<string, string> };
  pending: boolean;
  onChange: (field: keyof DraftValues, value: DraftValues[keyof DraftValues]) => void;
  onConfirm: () => void;
  onDelete: () => void;
};

const attentionClass = [
  "mr-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900",
  "dark:bg-amber-900/60 dark:text-amber-100",
].join(" ");
const pct = (n: number) => `${Math.round(n * 100)}%`;

function Reading({ field, touched, required }: { field?: DraftFieldView; touched: boolean; required?: boolean }) {
  if (!field)
    return required ? <span className="font-medium">Not found on the certificate: enter it.</span> : "Not found.";
  const where = `page ${field.source.page}, “${field.source.text.slice(0, 80)}”`;
  return (
    <>
      {field.attention && !touched ? <span className={attentionClass}>Check this</span> : null}
      Read with {pct(field.confidence)} confidence from {where}
      {field.source.method === "ocr" ? " (OCR)" : ""}.{field.note ? ` ${field.note}` : ""}
    </>
  );
}

export function DraftCard({ draft, values, touched, errors, pending, onChange, onConfirm, onDelete }: Props) {
  const name = (f: string) => `draft-${draft.id}-${f}`;
  const f = draft.fields;
  const hint = (field: EditableField, required = false): ReactNode => (
    <Reading field={f[field === "notes" ? "approvals" : field]} touched={touched.has(field)} required={required} />
  );
  const text = (field: EditableField, label: string, extra: Record<string, unknown> = {}, required = false) => (
    <TextField
      label={label}
      name={name(field)}
      value={values[field] as string}
      onChange={(e) => onChange(field, e.target.value)}
      // Leaving a field counts as having looked at it: a doubtful reading that was right needs no retyping.
      onBlur={() => onChange(field, values[field])}
      hint={hint(field, required)}
      error={errors?.fieldErrors[field]}
      {...extra}
    />
  );

  if (draft.status === "failed") {
    return (
      <li id={`draft-${draft.id}`} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <h3 className="font-semibold break-all">{draft.fileName}</h3>
        <div className="mt-2">
          <Alert tone="error">{draft.error}</Alert>
        </div>
        <div className="mt-3">
          <Button type="button" variant="secondary" onClick={onDelete} disabled={pending}>
            Dismiss<span className="sr-only"> {draft.fileName}</span>
          </Button>
        </div>
      </li>
    );
  }
  return (
    <li
      id={`draft-${draft.id}`}
      aria-labelledby={name("heading")}
      className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
    >
      <h3 id={name("heading")} className="font-semibold break-all">
        {draft.fileName}
      </h3>
      {draft.duplicateOf ? (
        <div className="mt-2 space-y-2">
          <Alert tone="info">
            {draft.duplicateOf.message}{" "}
            <TextLink href={draft.duplicateOf.href}>
              {draft.duplicateOf.entryId ? "See the entry" : "See the other draft"}
            </TextLink>
          </Alert>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={values.keepDuplicate}
              onChange={(e) => onChange("keepDuplicate", e.target.checked)}
            />
            Log it anyway (it is a different activity)
          </label>
        </div>
      ) : null}
      {errors ? (
        <div className="mt-2">
          <Alert tone="error">{errors.message}</Alert>
        </div>
      ) : null}
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        {text("date", "Date completed", { type: "date" }, true)}
        {text("ceus", "CEUs", { type: "number", step: "0.01", min: "0.01", inputMode: "decimal" }, true)}
        <div className="sm:col-span-2">{text("title", "Program title", {}, true)}</div>
        {text("provider", "Provider or sponsor")}
        {text("indexNumber", "AAPC index number")}
        <div className="sm:col-span-2">{text("notes", "Notes (other approval numbers)")}</div>
        <div className="sm:col-span-2">
          <CheckboxGroup
            legend={
              <>
                Topics <span className="font-normal text-slate-600 dark:text-slate-400">({hint("topics")})</span>
              </>
            }
            options={ceuTopics.map((t) => ({ value: t, label: ceuTopicLabels[t] }))}
            checked={values.topics}
            onChange={(next) => onChange("topics", next)}
            listClassName="mt-1 grid gap-1 sm:grid-cols-3"
            error={errors?.fieldErrors.topics}
          />
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <Button type="button" onClick={onConfirm} disabled={pending}>
          {pending ? "Saving…" : "Confirm"}
          <span className="sr-only"> {draft.fileName}</span>
        </Button>
        <ConfirmDelete what={`the draft of ${draft.fileName}`} pending={pending} onConfirm={onDelete} />
      </div>
    </li>
  );
}
