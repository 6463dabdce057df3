"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { TextLink } from "@/components/ui/text-link";
import { savePlanAction } from "@/lib/plans/actions";
import type { PlanRequest } from "@/lib/plans/validation";

export function SavePlanForm({
  request,
  pathIndex,
  defaultName,
  signedIn,
}: {
  request: PlanRequest;
  pathIndex: number;
  defaultName: string;
  signedIn: boolean;
}) {
  const router = useRouter();
  const [name, setName] = useState(defaultName);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [pending, startTransition] = useTransition();

  if (!signedIn) {
    return (
      <p className="text-sm">
        <TextLink href="/signin?callbackUrl=%2Fplan">Sign in</TextLink> or{" "}
        <TextLink href="/signup">create an account</TextLink> to save this plan and track it.
      </p>
    );
  }
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const res = await savePlanAction({ name, request, pathIndex });
          if (res.ok) router.push(`/plans/${res.data.id}`);
          else
            setError({
              message: res.fieldErrors.name ?? res.message,
              field: res.fieldErrors.name ? "name" : undefined,
            });
        });
      }}
    >
      <div className="min-w-64 flex-1">
        <TextField
          label="Plan name"
          name="plan-name"
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
          error={error?.field === "name" ? error.message : undefined}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : `Save path ${pathIndex + 1}`}
      </Button>
      {error && !error.field ? (
        <div className="w-full">
          <Alert tone="error">{error.message}</Alert>
        </div>
      ) : null}
    </form>
  );
}
