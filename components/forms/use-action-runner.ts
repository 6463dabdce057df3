"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/json-action";

type Failure = { message: string; fields: Record<string, string> };

/**
 * Runs a server action called with a plain object: pending while it runs, the page's data refreshed on success,
 * the message and per-field errors kept on failure so the form can show them beside the fields.
 */
export function useActionRunner() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<Failure | null>(null);
  function run<T>(call: () => Promise<ActionResult<T>>, onDone?: (data: T) => void) {
    startTransition(async () => {
      const res = await call();
      if (!res.ok) return setError({ message: res.message, fields: res.fieldErrors });
      setError(null);
      router.refresh();
      onDone?.(res.data);
    });
  }
  return { pending, error, run, fieldError: (name: string) => error?.fields[name] };
}
