import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session";
import { parseOrThrow, toAppError } from "@/lib/errors";

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
  const { code, message, issues } = toAppError(err, "action");
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues ?? []) fieldErrors[issue.path] ??= issue.message;
  // A form shows each field's message beside the field; the summary points there, or says what is wrong with the
  // whole input when no one field is to blame.
  const onFields = issues?.some((i) => i.path !== "body");
  const summary =
    code !== "validation"
      ? message
      : onFields
        ? "Please fix the highlighted fields."
        : (issues?.[0]?.message ?? message);
  return { ok: false, message: summary, fieldErrors };
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
