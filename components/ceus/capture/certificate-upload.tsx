"use client";

import { useRef, useState, type DragEvent } from "react";
import { sendFile, type UploadItem } from "@/components/ceus/capture/upload-item";
import { Alert } from "@/components/ui/alert";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { DraftView } from "@/lib/capture/draft-view";
import { certificateProblem, SNIFF_BYTES } from "@/lib/ceus/certificate-type";

// Drop or choose up to 50 certificates. Each is checked here first (type by content, size), then sent on its own
// so it has its own progress bar; two go at a time and the rest of the page stays usable meanwhile.

const MAX_FILES = 50;
const chooseClass = [
  "mt-2 inline-block cursor-pointer rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white",
  "hover:bg-brand-800 focus-within:outline focus-within:outline-2 focus-within:outline-offset-2",
].join(" ");
const AT_ONCE = 2;

export function CertificateUpload({ onDrafts }: { onDrafts: (drafts: DraftView[]) => void }) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const update = (key: string, patch: Partial<UploadItem>) =>
    setItems((all) => all.map((i) => (i.key === key ? { ...i, ...patch } : i)));

  async function start(list: File[]) {
    if (!list.length) return;
    setNote(
      list.length > MAX_FILES ? `Only the first ${MAX_FILES} files are read at a time; add the rest after.` : null,
    );
    const chosen = list.slice(0, MAX_FILES).map((file, n) => ({ file, key: `${Date.now()}-${n}-${file.name}` }));
    setItems((all) => [
      ...all.filter((i) => i.state !== "done"),
      ...chosen.map(({ file, key }) => ({ key, name: file.name, state: "waiting" as const, sent: 0 })),
    ]);
    const queue = [...chosen];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const { file, key } = next;
        const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
        const problem = certificateProblem(file.size, head);
        if (problem) {
          update(key, { state: "failed", message: problem });
          continue;
        }
        update(key, { state: "uploading" });
        const result = await sendFile(file, (sent) =>
          update(key, sent >= 1 ? { sent: 1, state: "reading" } : { sent }),
        );
        if ("error" in result) update(key, { state: "failed", message: result.error });
        else {
          const failed = result.drafts.find((d) => d.status === "failed");
          update(key, {
            state: failed ? "failed" : "done",
            sent: 1,
            message: failed ? failed.error : "Read: check the draft below.",
          });
          onDrafts(result.drafts);
        }
      }
    };
    await Promise.all(Array.from({ length: AT_ONCE }, worker));
    if (input.current) input.current.value = "";
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void start([...e.dataTransfer.files]);
  };
  const busy = items.filter((i) => ["waiting", "uploading", "reading"].includes(i.state)).length;

  return (
    <div className="mt-3 space-y-3">
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        className={`rounded-lg border-2 border-dashed p-5 text-center ${
          over ? "border-brand-700 bg-slate-50 dark:border-brand-300 dark:bg-slate-900" : "border-slate-400"
        }`}
      >
        <p>Drop certificates here, or</p>
        <label className={chooseClass}>
          Choose files
          <input
            ref={input}
            type="file"
            multiple
            accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
            className="sr-only"
            aria-describedby="capture-hint"
            onChange={(e) => void start([...(e.target.files ?? [])])}
          />
        </label>
        <p id="capture-hint" className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          Up to {MAX_FILES} PDF, PNG or JPEG files of at most 10 MB each. Photos and scans are read by OCR, which takes
          a few seconds each.
        </p>
      </div>
      {note ? <Alert tone="info">{note}</Alert> : null}
      {items.length ? (
        <div>
          <p className="sr-only" aria-live="polite">
            {busy ? `${busy} of ${items.length} files still being sent or read.` : "All files are read."}
          </p>
          <ul className="grid gap-3 sm:grid-cols-2" aria-label="Files being read">
            {items.map((i) => (
              <li key={i.key} className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
                <ProgressBar value={i.sent} label={i.name} />
                <p
                  className={`mt-1 text-sm ${i.state === "failed" ? "font-medium text-red-700 dark:text-red-400" : ""}`}
                >
                  {i.state === "waiting"
                    ? "Waiting…"
                    : i.state === "uploading"
                      ? "Sending…"
                      : i.state === "reading"
                        ? "Sent; reading the certificate…"
                        : i.message}
                </p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
