"use client";

import { useState, type Ref } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * The ten recovery codes, shown once, right after two-factor sign-in is turned on: only their hashes are kept, so
 * this is the one chance to copy, download or print them.
 */
export function RecoveryCodes({
  codes,
  headingRef,
  onDone,
}: {
  codes: string[];
  headingRef: Ref<HTMLHeadingElement>;
  onDone: () => void;
}) {
  const [copied, setCopied] = useState<string | null>(null);
  const text = `HIM Pathways recovery codes (each works once)\n\n${codes.join("\n")}\n`;
  // A data: URL, not a blob: one, so there is nothing to revoke; `download` keeps it a file, not a page.
  const href = `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;
  return (
    <div className="space-y-4 rounded-lg border border-emerald-300 p-4 dark:border-emerald-800">
      <h3 id="recovery-codes-title" ref={headingRef} tabIndex={-1} className="font-semibold">
        Two-factor sign-in is on. Save your recovery codes
      </h3>
      <p className="text-slate-700 dark:text-slate-300">
        If you lose your phone, each of these codes signs you in once instead of a code from the app. They are shown
        only now: copy them, download them or print them, and keep them somewhere safe, away from your phone.
      </p>
      <ul
        aria-labelledby="recovery-codes-title"
        className="grid grid-cols-1 gap-x-6 gap-y-1 font-mono text-base sm:grid-cols-2"
      >
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      {copied ? <Alert tone={copied === "ok" ? "success" : "error"}>{copiedMessage(copied)}</Alert> : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button
          type="button"
          variant="secondary"
          onClick={() =>
            navigator.clipboard.writeText(text).then(
              () => setCopied("ok"),
              () => setCopied("failed"),
            )
          }
        >
          Copy the codes
        </Button>
        <a
          href={href}
          download="him-pathways-recovery-codes.txt"
          className="text-brand-700 underline dark:text-brand-300"
        >
          Download them as a text file
        </a>
        <Button type="button" onClick={onDone}>
          I have saved my codes
        </Button>
      </div>
    </div>
  );
}

const copiedMessage = (state: string) =>
  state === "ok" ? "Copied. Paste them somewhere safe." : "Copying was not allowed here: select the codes instead.";
