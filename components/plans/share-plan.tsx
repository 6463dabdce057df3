"use client";

import { useRef, useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useFocusSwap } from "@/components/ui/use-focus-swap";
import type { ShareStatus } from "@/lib/plans/share-schema";

type ApiError = { error: { message: string; issues?: { path: string; message: string }[] } };

const linkBox = [
  "min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm",
  "dark:border-slate-500 dark:bg-slate-900",
].join(" ");

/** The plan's read-only link: make (shown once), replace, or stop after a confirmation. */
export function SharePlan({ planId, initial }: { planId: string; initial: ShareStatus | null }) {
  const [status, setStatus] = useState(initial);
  const [url, setUrl] = useState<string | null>(null);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const [asking, setAsking] = useState(false);
  const [pending, start] = useTransition();
  const stopRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useFocusSwap(asking, confirmRef, stopRef);
  const address = `/api/v1/plans/${encodeURIComponent(planId)}/share`;

  const share = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const expiresOn = String(data.get("share-expires") ?? "") || null;
    const includeSalary = data.get("share-salary") === "on";
    start(async () => {
      const res = await fetch(address, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ expiresOn, includeSalary }),
      });
      const json = (await res.json()) as ApiError | { url: string };
      if ("error" in json) {
        setIssues(Object.fromEntries((json.error.issues ?? []).map((i) => [i.path, i.message])));
        setMessage({
          tone: "error",
          text: json.error.issues?.length ? "Check the field marked below." : json.error.message,
        });
        return;
      }
      setIssues({});
      setUrl(json.url);
      setStatus({ sharedSince: new Date().toISOString(), expiresOn, includeSalary });
      setMessage(status ? { tone: "info", text: "A new link is ready; the old one no longer opens." } : null);
    });
  };

  const stop = () =>
    start(async () => {
      const res = await fetch(address, { method: "DELETE" });
      if (!res.ok) return setMessage({ tone: "error", text: "Sharing could not be stopped; please try again." });
      setStatus(null);
      setUrl(null);
      setAsking(false);
      setMessage({ tone: "info", text: "Sharing stopped: the link now opens nothing." });
    });

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Anyone with the link sees this plan&apos;s path, steps, times, costs and pay projection — never your name, email
        or the rest of your account, and your salary only if you include it.
      </p>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {url ? (
        <Alert tone="success">
          <p className="font-medium">Copy the link now: it is shown only once.</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <label htmlFor="share-url" className="sr-only">
              Share link
            </label>
            <input id="share-url" readOnly value={url} className={linkBox} onFocus={(e) => e.currentTarget.select()} />
            <Button type="button" variant="secondary" onClick={() => void navigator.clipboard?.writeText(url)}>
              Copy
            </Button>
          </div>
        </Alert>
      ) : null}
      {status ? (
        <p className="text-sm">
          Shared since {status.sharedSince.slice(0, 10)}
          {status.expiresOn ? `, until the end of ${status.expiresOn}` : ", until you stop it"}
          {status.includeSalary ? "; your salary is included." : "; your salary is not included."}
        </p>
      ) : null}
      <form onSubmit={share} noValidate className="space-y-3">
        <TextField
          type="date"
          label="Link works until (optional)"
          name="share-expires"
          error={issues.expiresOn}
          hint="Leave empty to keep it until you stop sharing."
        />
        <div className="flex items-center gap-2">
          <input id="share-salary" name="share-salary" type="checkbox" className="h-4 w-4" />
          <label htmlFor="share-salary" className="text-sm">
            Include my salary in the pay projection
          </label>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={pending}>
            {status ? "Make a new link" : "Create share link"}
          </Button>
          {status && !asking ? (
            <Button ref={stopRef} type="button" variant="secondary" onClick={() => setAsking(true)}>
              Stop sharing
            </Button>
          ) : null}
        </div>
      </form>
      {status && asking ? (
        <div role="group" aria-label="Stop sharing?" className="flex flex-wrap items-center gap-2">
          <span className="text-sm">Stop sharing? The link will open nothing.</span>
          <Button ref={confirmRef} type="button" variant="danger" disabled={pending} onClick={stop}>
            Yes, stop sharing
          </Button>
          <Button type="button" variant="secondary" onClick={() => setAsking(false)}>
            Keep sharing
          </Button>
        </div>
      ) : null}
    </div>
  );
}
