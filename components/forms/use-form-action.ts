"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { FormState } from "@/lib/actions/form-action";

/**
 * Runs a server action from a form without React's automatic form reset, so what the person typed stays put after
 * an error, and moves focus to the first field in error so keyboard and screen-reader users land on it.
 */
export function useFormAction(serverAction: (prev: FormState, formData: FormData) => Promise<FormState>) {
  const [state, action, pending] = useActionState<FormState, FormData>(serverAction, null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!state || state.ok) return;
    const invalid = formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']");
    (invalid ?? formRef.current?.querySelector<HTMLElement>("[role='alert']"))?.focus();
  }, [state]);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formData = new FormData(e.currentTarget);
    startTransition(() => action(formData));
  }

  return { state, pending, formRef, onSubmit };
}
