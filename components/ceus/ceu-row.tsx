"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { CeuForm } from "@/components/ceus/ceu-form";
import { ConfirmDelete } from "@/components/plans/confirm-delete";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { deleteCeuAction } from "@/lib/ceus/actions";
import type { CeuEntryView } from "@/lib/ceus/queries";
import { ceuSourceLabels, ceuTopicLabels, type CeuTopic } from "@/lib/credentials/ceu-topics";
import { DownloadLink } from "@/components/ui/text-link";

export function CeuRow({ entry, today, heldCodes }: { entry: CeuEntryView; today: string; heldCodes: string[] }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <Section as="li" padding="p-4" id={`entry-${entry.id}`}>
      {editing ? (
        <CeuForm today={today} heldCodes={heldCodes} initial={entry} onDone={() => setEditing(false)} />
      ) : (
        <>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p className="font-semibold">
              {entry.title} <span className="font-normal text-slate-600 dark:text-slate-400">· {entry.date}</span>
            </p>
            <p className="font-semibold">{entry.ceus} CEUs</p>
          </div>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {[
              entry.provider,
              ceuSourceLabels[entry.source],
              entry.indexNumber ? `index ${entry.indexNumber}` : null,
              entry.hiimDomain ? "HIIM domain" : null,
              entry.externalBody ? "other accredited body" : null,
              entry.topics.length ? entry.topics.map((t) => ceuTopicLabels[t as CeuTopic] ?? t).join(", ") : null,
              entry.appliesTo.length ? `counts only for ${entry.appliesTo.join(", ")}` : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
          {entry.notes ? <p className="mt-1 text-sm">{entry.notes}</p> : null}
          <div className="mt-2 flex flex-wrap items-center gap-2">
            {entry.certificate ? (
              <DownloadLink href={`/api/v1/me/ceus/${entry.id}/certificate`} className="text-sm">
                Download certificate ({entry.certificate.filename})
              </DownloadLink>
            ) : (
              <span className="text-sm text-slate-600 dark:text-slate-400">No certificate attached</span>
            )}
            <Button type="button" variant="secondary" onClick={() => setEditing(true)}>
              Edit<span className="sr-only"> {entry.title}</span>
            </Button>
            <ConfirmDelete
              what={`“${entry.title}”`}
              pending={pending}
              onConfirm={() =>
                startTransition(async () => {
                  const res = await deleteCeuAction({ id: entry.id });
                  if (res.ok) router.refresh();
                  else setError(res.message);
                })
              }
            />
          </div>
          {error ? <Alert tone="error">{error}</Alert> : null}
        </>
      )}
    </Section>
  );
}
