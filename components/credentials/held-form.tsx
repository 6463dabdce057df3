"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { SelectField, TextField } from "@/components/ui/field";
import { SaveOrCancel } from "@/components/ui/save-or-cancel";
import { addHeldAction, updateHeldAction } from "@/lib/credentials/actions";

type Option = { code: string; name: string; hasApprenticeStatus: boolean };
/** A credential on the person's record, as far as the form edits it. */
export type HeldRecord = {
  id: string;
  code: string;
  earnedOn: string;
  certificateNumber: string | null;
  apprentice: boolean;
  cycleStart: string | null;
  cycleEnd: string | null;
  version: number;
};

/** Adds a credential to the user's record, or edits one (with `initial`). */
export function HeldForm({
  options,
  initial,
  today,
  onDone,
}: {
  options: Option[];
  initial?: HeldRecord;
  today: string;
  onDone?: () => void;
}) {
  const router = useRouter();
  const [code, setCode] = useState(initial?.code ?? "");
  const [earnedOn, setEarnedOn] = useState(initial?.earnedOn ?? "");
  const [certificateNumber, setCertificateNumber] = useState(initial?.certificateNumber ?? "");
  const [apprentice, setApprentice] = useState(initial?.apprentice ?? false);
  const [cycleStart, setCycleStart] = useState(initial?.cycleStart ?? "");
  const [cycleEnd, setCycleEnd] = useState(initial?.cycleEnd ?? "");
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [pending, startTransition] = useTransition();
  const chosen = options.find((o) => o.code === code);
  const prefix = initial ? `edit-${initial.id}` : "add";

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const fields = {
      earnedOn,
      certificateNumber: certificateNumber || null,
      apprentice: chosen?.hasApprenticeStatus ? apprentice : false,
      cycleStart: cycleStart || null,
      cycleEnd: cycleEnd || null,
    };
    startTransition(async () => {
      const res = initial
        ? await updateHeldAction({ id: initial.id, patch: { ...fields, version: initial.version } })
        : await addHeldAction({ code, ...fields });
      if (!res.ok) return setError({ message: res.message, fields: res.fieldErrors });
      setError(null);
      if (!initial) {
        setCode("");
        setEarnedOn("");
        setCertificateNumber("");
        setApprentice(false);
        setCycleStart("");
        setCycleEnd("");
      }
      router.refresh();
      onDone?.();
    });
  }

  const err = (f: string) => error?.fields[f];
  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-busy={pending}>
      {error ? <Alert tone="error">{error.message}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {initial ? null : (
          <SelectField
            label="Credential"
            name={`${prefix}-code`}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={err("code")}
            required
          >
            <option value="">Choose a credential</option>
            {options.map((o) => (
              <option key={o.code} value={o.code}>
                {o.code} — {o.name}
              </option>
            ))}
          </SelectField>
        )}
        <TextField
          label="Date earned"
          name={`${prefix}-earnedOn`}
          type="date"
          max={today}
          value={earnedOn}
          onChange={(e) => setEarnedOn(e.target.value)}
          error={err("earnedOn")}
          required
        />
        <TextField
          label="Certificate number (optional)"
          name={`${prefix}-certificateNumber`}
          value={certificateNumber}
          maxLength={60}
          onChange={(e) => setCertificateNumber(e.target.value)}
          error={err("certificateNumber")}
        />
      </div>
      {chosen?.hasApprenticeStatus || initial?.code === "CPC" || initial?.code === "COC" ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={apprentice} onChange={(e) => setApprentice(e.target.checked)} />
          Still an apprentice ({code || initial?.code}-A)
        </label>
      ) : null}
      {err("apprentice") ? (
        <p className="text-sm font-medium text-red-700 dark:text-red-400">{err("apprentice")}</p>
      ) : null}
      <details
        className="rounded-md border border-slate-200 p-3 dark:border-slate-700"
        open={Boolean(cycleStart || err("cycleStart") || err("cycleEnd"))}
      >
        <summary className="cursor-pointer text-sm font-medium">
          Your cycle dates (if your body set different ones)
        </summary>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          Left empty, cycles follow the body&rsquo;s rules from the date earned. Bodies sometimes align cycles (AAPC
          pro-rates a first cycle to your renewal month): copy the dates from your body&rsquo;s portal here.
        </p>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <TextField
            label="Cycle starts"
            name={`${prefix}-cycleStart`}
            type="date"
            value={cycleStart}
            onChange={(e) => setCycleStart(e.target.value)}
            error={err("cycleStart")}
          />
          <TextField
            label="Cycle ends"
            name={`${prefix}-cycleEnd`}
            type="date"
            value={cycleEnd}
            onChange={(e) => setCycleEnd(e.target.value)}
            error={err("cycleEnd")}
          />
        </div>
      </details>
      <SaveOrCancel pending={pending} label={initial ? "Save changes" : "Add credential"} onCancel={onDone} />
    </form>
  );
}
