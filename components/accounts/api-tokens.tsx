"use client";

import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import type { ApiTokenView } from "@/lib/auth/api-token-schema";

type Issue = { path: string; message: string };
type ApiError = { error: { message: string; issues?: Issue[] } };

const secretBox = [
  "min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm",
  "dark:border-slate-500 dark:bg-slate-900",
].join(" ");

const day = (iso: string | null) => (iso ? iso.slice(0, 16).replace("T", " ") + " UTC" : "never");

/** Personal API tokens: create (shown once), list with last use, revoke after a confirmation. */
export function ApiTokens({ initial }: { initial: ApiTokenView[] }) {
  const [tokens, setTokens] = useState(initial);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [fresh, setFresh] = useState<{ name: string; token: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [asking, setAsking] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  // "Keep it" gives focus back to the row's Revoke button, so a keyboard user keeps their place.
  const returnTo = useRef<string | null>(null);
  useEffect(() => {
    if (asking !== null || !returnTo.current) return;
    document.getElementById(`revoke-${returnTo.current}`)?.focus();
    returnTo.current = null;
  }, [asking]);

  const create = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const body = {
      name: String(data.get("token-name") ?? ""),
      scope: String(data.get("token-scope") ?? "read"),
      expiresInDays: Number(data.get("token-days")),
    };
    start(async () => {
      const res = await fetch("/api/v1/me/tokens", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as ApiError | { token: string; apiToken: ApiTokenView };
      if ("error" in json) {
        setIssues(Object.fromEntries((json.error.issues ?? []).map((i) => [i.path, i.message])));
        setError(
          json.error.issues?.length ? "Check the fields marked below; nothing was created." : json.error.message,
        );
        return;
      }
      setIssues({});
      setError(null);
      setNotice(null);
      setTokens((list) => [json.apiToken, ...list]);
      setFresh({ name: json.apiToken.name, token: json.token });
      formRef.current?.reset();
    });
  };

  const revoke = (t: ApiTokenView) =>
    start(async () => {
      const res = await fetch(`/api/v1/me/tokens/${encodeURIComponent(t.id)}`, { method: "DELETE" });
      if (!res.ok && res.status !== 404) return setError("The token could not be revoked; please try again.");
      setTokens((list) => list.filter((x) => x.id !== t.id));
      setAsking(null);
      if (fresh && fresh.name === t.name) setFresh(null);
      setNotice(`"${t.name}" is revoked: requests with it now answer 401.`);
    });

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        For scripts and other systems: send a token as <code>Authorization: Bearer …</code> to the{" "}
        {/* A plain link: the reference is a route handler's own HTML, not a page the client router can render. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a className="underline" href="/api/docs">
          API
        </a>
        . A read token can only read; neither kind can change your password, email, two-factor sign-in or tokens, or
        delete the account.
      </p>
      {fresh ? (
        <Alert tone="success">
          <p className="font-medium">Copy your new token now: it will not be shown again.</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <label htmlFor="new-token" className="sr-only">
              The token {fresh.name}
            </label>
            <input
              id="new-token"
              readOnly
              value={fresh.token}
              className={secretBox}
              onFocus={(e) => e.currentTarget.select()}
            />
            <Button
              type="button"
              variant="secondary"
              onClick={() => void navigator.clipboard?.writeText(fresh.token).then(() => setNotice("Copied."))}
            >
              Copy
            </Button>
          </div>
        </Alert>
      ) : null}
      {notice ? <Alert tone="info">{notice}</Alert> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form ref={formRef} onSubmit={create} noValidate className="grid gap-3 sm:grid-cols-3">
        <TextField
          label="Label for this token"
          name="token-name"
          error={issues.name}
          maxLength={60}
          placeholder="CEU sync"
        />
        <SelectField label="Access" name="token-scope" error={issues.scope} defaultValue="read">
          <option value="read">Read only</option>
          <option value="read-write">Read and write</option>
        </SelectField>
        <SelectField label="Expires after" name="token-days" error={issues.expiresInDays} defaultValue="90">
          <option value="7">7 days</option>
          <option value="30">30 days</option>
          <option value="90">90 days</option>
          <option value="365">1 year</option>
        </SelectField>
        <div className="sm:col-span-3">
          <Button type="submit" disabled={pending}>
            {pending ? "Working…" : "Create token"}
          </Button>
        </div>
      </form>
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">You have no API tokens.</p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Your API tokens">
          {tokens.map((t) => (
            <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <div className="min-w-0 text-sm">
                <p className="font-medium break-words">{t.name}</p>
                <p className="text-slate-700 dark:text-slate-300">
                  {t.scope === "read" ? "Read only" : "Read and write"} · expires {t.expiresAt.slice(0, 10)}
                  {` · last used ${day(t.lastUsedAt)}`}
                </p>
              </div>
              {asking === t.id ? (
                <div role="group" aria-label={`Revoke ${t.name}?`} className="flex flex-wrap gap-2">
                  <Button type="button" variant="danger" disabled={pending} autoFocus onClick={() => revoke(t)}>
                    Yes, revoke {t.name}
                  </Button>
                  <Button
                    type="button"
                    variant="secondary"
                    onClick={() => {
                      returnTo.current = t.id;
                      setAsking(null);
                    }}
                  >
                    Keep it
                  </Button>
                </div>
              ) : (
                <Button id={`revoke-${t.id}`} type="button" variant="secondary" onClick={() => setAsking(t.id)}>
                  Revoke<span className="sr-only"> {t.name}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
