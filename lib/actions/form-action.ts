import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session";
import { isDatabaseUnavailable, isInvalidText } from "@/lib/db/error-kinds";
import { AppError, parseOrThrow } from "@/lib/errors";

// The one wrapper for server actions used by forms (useActionState): it checks the session when asked, parses the
// form with zod, runs the domain function, and turns any failure into a state the form can show next to the
// right field. Nothing is written unless parsing and the domain's own checks pass.

export type FormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
} | null;

function formFields(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  formData.forEach((v, k) => {
    // React adds its own "$ACTION…" fields; files are not handled by these forms.
    if (typeof v === "string" && !k.startsWith("$")) out[k] = v;
  });
  return out;
}

export type Failure = { ok: false; message: string; fieldErrors: Record<string, string> };

/** Any error as what a form or client component shows: a message, and one message per field. */
export function toFailure(err: unknown): Failure {
  if (err instanceof AppError) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of err.issues ?? []) fieldErrors[issue.path] ??= issue.message;
    const message = err.code === "validation" ? "Please fix the highlighted fields." : err.message;
    return { ok: false, message, fieldErrors };
  }
  if (isInvalidText(err))
    return {
      ok: false,
      message: "Some text could not be stored (a NUL character or bytes that are not text); nothing was saved.",
      fieldErrors: {},
    };
  if (isDatabaseUnavailable(err)) {
    console.error("[action] database unavailable:", err instanceof Error ? err.message : err);
    return {
      ok: false,
      message: "We cannot reach our database just now; nothing was saved. Try again in a few seconds.",
      fieldErrors: {},
    };
  }
  console.error("[action] unexpected error:", err);
  return {
    ok: false,
    message: "Something went wrong on our side; nothing was saved. Please try again.",
    fieldErrors: {},
  };
}

export const toFormState = (err: unknown): FormState => toFailure(err);

function parseForm<S extends z.ZodType>(schema: S, formData: FormData): z.infer<S> {
  return parseOrThrow(schema, formFields(formData));
}

/** A form action for anyone (sign-up). */
export function publicFormAction<S extends z.ZodType>(
  schema: S,
  run: (input: z.infer<S>, formData: FormData) => Promise<FormState>,
) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    try {
      return await run(parseForm(schema, formData), formData);
    } catch (err) {
      return toFormState(err);
    }
  };
}

/** A form action for the signed-in user only. */
export function userFormAction<S extends z.ZodType>(
  schema: S,
  run: (input: z.infer<S>, user: SessionUser) => Promise<FormState>,
) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    try {
      const user = await requireUser();
      return await run(parseForm(schema, formData), user);
    } catch (err) {
      return toFormState(err);
    }
  };
}
