"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { SelectField, TextField } from "@/components/ui/field";
import { SaveOrCancel } from "@/components/ui/save-or-cancel";
import { addCeuAction, updateCeuAction } from "@/lib/ceus/actions";
import { certificateProblem, SNIFF_BYTES } from "@/lib/ceus/certificate-type";
import type { CeuEntryView } from "@/lib/ceus/queries";
import { ceuSourceLabels, ceuTopicLabels, ceuTopics } from "@/lib/credentials/ceu-topics";

type Errors = { message: string; fields: Record<string, string> } | null;

const notesBox = [
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base",
  "dark:border-slate-500 dark:bg-slate-900",
].join(" ");

async function uploadCertificate(id: string, file: File): Promise<string | null> {
  const form = new FormData();
  form.set("file", file);
  const res = await fetch(`/api/v1/me/ceus/${id}/certificate`, { method: "POST", body: form });
  if (res.ok) return null;
  const body = (await res.json().catch(() => null)) as {
    error?: { message?: string; issues?: { message: string }[] };
  } | null;
  return body?.error?.issues?.[0]?.message ?? body?.error?.message ?? "The certificate could not be uploaded.";
}

/** Logs a CEU entry, or edits one (with `initial`); an attached certificate is uploaded after the entry is saved. */
export function CeuForm({
  today,
  heldCodes,
  initial,
  onDone,
}: {
  today: string;
  heldCodes: string[];
  initial?: CeuEntryView;
  onDone?: () => void;
}) {
  const router = useRouter();
  const p = initial ? `edit-${initial.id}` : "new";
  const [date, setDate] = useState(initial?.date ?? "");
  const [title, setTitle] = useState(initial?.title ?? "");
  const [provider, setProvider] = useState(initial?.provider ?? "");
  const [ceus, setCeus] = useState(initial ? String(initial.ceus) : "");
  const [topics, setTopics] = useState<string[]>(initial?.topics ?? []);
  const [hiimDomain, setHiimDomain] = useState(initial?.hiimDomain ?? false);
  const [source, setSource] = useState<string>(initial?.source ?? "other");
  const [indexNumber, setIndexNumber] = useState(initial?.indexNumber ?? "");
  const [externalBody, setExternalBody] = useState(initial?.externalBody ?? false);
  const [notes, setNotes] = useState(initial?.notes ?? "");
  const [appliesTo, setAppliesTo] = useState<string[]>(initial?.appliesTo ?? []);
  const fileRef = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<Errors>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const fields = {
      date,
      title,
      provider: provider || null,
      ceus: ceus.trim() === "" ? Number.NaN : Number(ceus),
      topics,
      hiimDomain,
      source,
      indexNumber: indexNumber || null,
      externalBody,
      notes: notes || null,
      appliesTo,
    };
    const file = fileRef.current?.files?.[0];
    startTransition(async () => {
      setNotice(null);
      // A file that cannot be a certificate stops the save, so nothing is half done; the server checks again.
      if (file) {
        const problem = certificateProblem(file.size, new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
        if (problem) return setErrors({ message: "Please fix the highlighted fields.", fields: { file: problem } });
      }
      const res = initial
        ? await updateCeuAction({ id: initial.id, patch: { ...fields, version: initial.version } })
        : await addCeuAction(fields);
      if (!res.ok) return setErrors({ message: res.message, fields: res.fieldErrors });
      setErrors(null);
      if (file) {
        setNotice("Entry saved. Uploading the certificate…");
        const problem = await uploadCertificate(res.data.id, file);
        if (problem) {
          setErrors({
            message: `The entry was saved, but the certificate was not: ${problem}`,
            fields: { file: problem },
          });
          router.refresh();
          return;
        }
      }
      setNotice(initial ? "Entry updated." : "Entry logged.");
      if (!initial) {
        setTitle("");
        setProvider("");
        setCeus("");
        setTopics([]);
        setIndexNumber("");
        setNotes("");
        setAppliesTo([]);
        if (fileRef.current) fileRef.current.value = "";
      }
      router.refresh();
      onDone?.();
    });
  }

  const err = (f: string) =>
    errors?.fields[f] ?? Object.entries(errors?.fields ?? {}).find(([k]) => k.startsWith(`${f}.`))?.[1];
  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-busy={pending}>
      {errors ? <Alert tone="error">{errors.message}</Alert> : null}
      {notice && !errors ? <Alert tone="success">{notice}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <TextField
          label="Date"
          name={`${p}-date`}
          type="date"
          max={today}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={err("date")}
          required
        />
        <div className="sm:col-span-2">
          <TextField
            label="Title"
            name={`${p}-title`}
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
            error={err("title")}
            required
          />
        </div>
        <TextField
          label="CEUs"
          name={`${p}-ceus`}
          type="number"
          min={0.01}
          max={100}
          step={0.25}
          inputMode="decimal"
          value={ceus}
          onChange={(e) => setCeus(e.target.value)}
          error={err("ceus")}
          required
        />
        <TextField
          label="Provider (optional)"
          name={`${p}-provider`}
          value={provider}
          maxLength={200}
          onChange={(e) => setProvider(e.target.value)}
          error={err("provider")}
        />
        <SelectField
          label="Source"
          name={`${p}-source`}
          value={source}
          onChange={(e) => setSource(e.target.value)}
          error={err("source")}
        >
          {Object.entries(ceuSourceLabels).map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="AAPC index number (optional)"
          name={`${p}-indexNumber`}
          value={indexNumber}
          maxLength={40}
          onChange={(e) => setIndexNumber(e.target.value)}
          error={err("indexNumber")}
        />
        <div>
          <label htmlFor={`${p}-file`} className="block text-sm font-medium">
            Certificate (PDF, PNG or JPEG, up to 10 MB)
          </label>
          <input
            ref={fileRef}
            id={`${p}-file`}
            type="file"
            accept="application/pdf,image/png,image/jpeg"
            aria-invalid={err("file") ? true : undefined}
            aria-describedby={err("file") ? `${p}-file-error` : undefined}
            className="mt-1 block w-full text-sm"
          />
          {err("file") ? (
            <p id={`${p}-file-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
              {err("file")}
            </p>
          ) : initial?.certificate ? (
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              Now: {initial.certificate.filename} (choose a file to replace it)
            </p>
          ) : null}
        </div>
      </div>
      <CheckboxGroup
        legend="Topics"
        options={ceuTopics.map((t) => ({ value: t, label: ceuTopicLabels[t] }))}
        checked={topics}
        onChange={setTopics}
        listClassName="mt-1 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3 lg:grid-cols-5"
        error={err("topics")}
      />
      <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={hiimDomain} onChange={(e) => setHiimDomain(e.target.checked)} />
          Within AHIMA&rsquo;s HIIM domains
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={externalBody} onChange={(e) => setExternalBody(e.target.checked)} />
          An activity of another accredited body (ACDIS counts at most 10 CEUs from one)
        </label>
      </div>
      {heldCodes.length ? (
        <CheckboxGroup
          legend="Count only toward (optional; empty lets HIM Pathways decide)"
          options={heldCodes.map((c) => ({ value: c, label: c }))}
          checked={appliesTo}
          onChange={setAppliesTo}
          listClassName="mt-1 flex flex-wrap gap-4"
          error={err("appliesTo")}
        />
      ) : null}
      <div>
        <label htmlFor={`${p}-notes`} className="block text-sm font-medium">
          Notes (optional)
        </label>
        <textarea
          id={`${p}-notes`}
          value={notes}
          maxLength={2000}
          rows={2}
          onChange={(e) => setNotes(e.target.value)}
          className={notesBox}
        />
      </div>
      <SaveOrCancel pending={pending} label={initial ? "Save changes" : "Log CEUs"} onCancel={onDone} />
    </form>
  );
}
