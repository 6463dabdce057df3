"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { CertificateUpload } from "@/components/ceus/capture/certificate-upload";
import { DraftCard } from "@/components/ceus/capture/draft-card";
import { changesOf, initialValues, isReady, type DraftValues } from "@/components/ceus/capture/draft-values";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { confirmDraftAction, confirmDraftsAction, deleteDraftAction } from "@/lib/capture/actions";
import type { DraftView } from "@/lib/capture/draft-view";

// Certificates in, CEU entries out: the upload, then every draft to check, confirm one by one or all the ready
// ones at once. The person's edits stay here until they confirm; nothing is logged before that.

type Errors = { message: string; fieldErrors: Record<string, string> };

export function CertificateCapture({ initial }: { initial: DraftView[] }) {
  const router = useRouter();
  const [drafts, setDrafts] = useState(initial);
  const [values, setValues] = useState<Record<string, DraftValues>>(() =>
    Object.fromEntries(initial.map((d) => [d.id, initialValues(d)])),
  );
  const [touched, setTouched] = useState<Record<string, Set<string>>>({});
  const [errors, setErrors] = useState<Record<string, Errors>>({});
  const [done, setDone] = useState<string | null>(null);
  const [panelError, setPanelError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [, startTransition] = useTransition();

  const addDrafts = (more: DraftView[]) => {
    setDrafts((all) => [...all.filter((d) => !more.some((m) => m.id === d.id)), ...more]);
    setValues((all) => ({ ...all, ...Object.fromEntries(more.map((d) => [d.id, initialValues(d)])) }));
  };
  const drop = (ids: string[]) => setDrafts((all) => all.filter((d) => !ids.includes(d.id)));
  const change = (id: string) => (field: keyof DraftValues, value: DraftValues[keyof DraftValues]) => {
    setValues((all) => ({ ...all, [id]: { ...all[id]!, [field]: value } }));
    setTouched((all) => ({ ...all, [id]: new Set([...(all[id] ?? []), field]) }));
  };
  const logged = (n: number) =>
    setDone(`${n} ${n === 1 ? "entry" : "entries"} logged with ${n === 1 ? "its certificate" : "their certificates"}.`);

  const confirmOne = (d: DraftView) =>
    startTransition(async () => {
      setBusy(d.id);
      const res = await confirmDraftAction({ id: d.id, changes: changesOf(values[d.id]!) });
      setBusy(null);
      if (!res.ok) return setErrors((all) => ({ ...all, [d.id]: res }));
      drop([d.id]);
      logged(1);
      router.refresh();
    });
  const remove = (d: DraftView) =>
    startTransition(async () => {
      setBusy(d.id);
      const res = await deleteDraftAction({ id: d.id });
      setBusy(null);
      if (!res.ok) return setErrors((all) => ({ ...all, [d.id]: res }));
      drop([d.id]);
    });

  const ready = drafts.filter((d) => values[d.id] && isReady(d, values[d.id]!, touched[d.id] ?? new Set()));
  const confirmReady = () =>
    startTransition(async () => {
      setBusy("all");
      const res = await confirmDraftsAction({
        items: ready.map((d) => ({ id: d.id, changes: changesOf(values[d.id]!) })),
      });
      setBusy(null);
      if (!res.ok) return setPanelError(res.message);
      setPanelError(null);
      const ok = res.data.results.filter((r) => r.ok).map((r) => r.id);
      const failed = res.data.results.filter((r) => !r.ok);
      setErrors((all) => ({
        ...all,
        ...Object.fromEntries(failed.map((r) => [r.id, { message: r.message!, fieldErrors: r.fieldErrors! }])),
      }));
      drop(ok);
      logged(ok.length);
      router.refresh();
    });

  const reads = drafts.filter((d) => d.status === "read").length;
  return (
    <div>
      <CertificateUpload onDrafts={addDrafts} />
      {done ? (
        <div className="mt-3">
          <Alert tone="success">
            {done} See how they count on <TextLink href="/my-credentials">my credentials</TextLink>.
          </Alert>
        </div>
      ) : null}
      {panelError ? (
        <div className="mt-3">
          <Alert tone="error">{panelError}</Alert>
        </div>
      ) : null}
      {drafts.length ? (
        <div className="mt-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="text-lg font-semibold">
              {drafts.length} {drafts.length === 1 ? "draft" : "drafts"} to review
            </h3>
            <Button type="button" onClick={confirmReady} disabled={!ready.length || busy !== null}>
              {busy === "all" ? "Saving…" : `Confirm all ready (${ready.length} of ${reads})`}
            </Button>
          </div>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            A draft is ready when it has a date, title and CEUs, every field marked &ldquo;Check this&rdquo; has been
            looked at, and it doubles no entry.
          </p>
          <ul className="mt-3 space-y-3">
            {drafts.map((d) => (
              <DraftCard
                key={d.id}
                draft={d}
                values={values[d.id] ?? initialValues(d)}
                touched={touched[d.id] ?? new Set()}
                errors={errors[d.id]}
                pending={busy === d.id || busy === "all"}
                onChange={change(d.id)}
                onConfirm={() => confirmOne(d)}
                onDelete={() => remove(d)}
              />
            ))}
          </ul>
        </div>
      ) : (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">No certificates waiting for review.</p>
      )}
    </div>
  );
}
