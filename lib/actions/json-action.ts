import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session";
import { parseOrThrow } from "@/lib/errors";
import { toFailure, type Failure } from "@/lib/actions/form-action";

// Server actions called from client components with a plain object (not a form): the same session check, zod
// parse and error mapping as the form wrapper, with a typed result.

export type ActionResult<T> = { ok: true; data: T } | Failure;

export function publicAction<S extends z.ZodType, T>(schema: S, run: (input: z.infer<S>) => Promise<T>) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    try {
      return { ok: true, data: await run(parseOrThrow(schema, input)) };
    } catch (err) {
      return toFailure(err);
    }
  };
}

export function userAction<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.infer<S>, user: SessionUser) => Promise<T>,
) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    try {
      const user = await requireUser();
      return { ok: true, data: await run(parseOrThrow(schema, input), user) };
    } catch (err) {
      return toFailure(err);
    }
  };
}
