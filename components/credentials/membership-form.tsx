"use client";

import { useState } from "react";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { removeMembershipAction, setMembershipAction } from "@/lib/credentials/actions";

export type MembershipRow = { body: string; name: string; membershipExpires: string | null; memberId: string | null };

/** One body's membership: its expiration date and member ID, saved or cleared on their own. */
export function MembershipForm({ row, why }: { row: MembershipRow; why?: string }) {
  const [expires, setExpires] = useState(row.membershipExpires ?? "");
  const [memberId, setMemberId] = useState(row.memberId ?? "");
  const { pending, error, run, fieldError } = useActionRunner();
  const [saved, setSaved] = useState<string | null>(null);
  const id = (f: string) => `membership-${row.body}-${f}`;

  function save(e: React.FormEvent) {
    e.preventDefault();
    setSaved(null);
    run(
      () => setMembershipAction({ body: row.body, membershipExpires: expires, memberId: memberId || null }),
      () => setSaved(`${row.body} membership saved.`),
    );
  }
  function clear() {
    setSaved(null);
    run(
      () => removeMembershipAction({ body: row.body }),
      () => {
        setExpires("");
        setMemberId("");
        setSaved(`${row.body} membership removed.`);
      },
    );
  }

  return (
    <form onSubmit={save} noValidate aria-busy={pending} aria-labelledby={id("title")} className="space-y-3">
      <h3 id={id("title")} className="font-semibold">
        {row.body} <span className="font-normal text-slate-600 dark:text-slate-400">{row.name}</span>
      </h3>
      {why ? <p className="text-sm text-slate-700 dark:text-slate-300">{why}</p> : null}
      {error && !Object.keys(error.fields).length ? <Alert tone="error">{error.message}</Alert> : null}
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Membership expires on"
          name={id("expires")}
          type="date"
          value={expires}
          onChange={(e) => setExpires(e.target.value)}
          error={fieldError("membershipExpires")}
          hint="As your account with the body shows it."
        />
        <TextField
          label="Member ID (optional)"
          name={id("member-id")}
          value={memberId}
          maxLength={40}
          onChange={(e) => setMemberId(e.target.value)}
          error={fieldError("memberId")}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : `Save ${row.body} membership`}
        </Button>
        {row.membershipExpires ? (
          <Button type="button" variant="secondary" disabled={pending} onClick={clear}>
            Remove<span className="sr-only"> the {row.body} membership</span>
          </Button>
        ) : null}
      </div>
    </form>
  );
}
