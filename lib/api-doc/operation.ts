import { z } from "zod";
import type { AppErrorCode } from "@/lib/errors";

// One entry per API operation: the zod schemas the route validates with, and the shapes of its answers. The
// OpenAPI document (lib/api-doc/document.ts) is generated from these entries and nothing else, and the API tests
// check every answer they receive against it, so an entry that drifts from its route fails a test.

export type Method = "get" | "post" | "put" | "patch" | "delete";

/**
 * Who may call: "public" (anyone), "session" (a browser session only: API tokens get 403), "read" / "write" (a
 * session, or a personal API token with that scope), "key" (the unguessable token in the path is the key).
 */
export type Auth = "public" | "session" | "read" | "write" | "key";

/** A non-JSON body or answer (CSV, ZIP, a form, a file). */
export type Raw = { contentType: string; description: string };

export type Answer = { description: string; schema?: z.ZodType; raw?: Raw; headers?: Record<string, string> };

export type Operation = {
  method: Method;
  /** The OpenAPI path: "/api/v1/plans/{id}". */
  path: string;
  summary: string;
  description?: string;
  auth: Auth;
  /** Path parameters; each is a string. */
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** A JSON body's schema; `raw` for other media types (both may be given: JSON or CSV, say). */
  body?: z.ZodType;
  rawBody?: Raw[];
  bodyOptional?: boolean;
  /** The success answers by status. */
  answers: Record<number, Answer>;
  /** Error codes this operation answers beyond the ones its auth and input imply. */
  errors?: AppErrorCode[];
};

export const noContent = (description = "Done; no body."): Answer => ({ description });
export const raw = (contentType: string, description: string): Answer => ({
  description,
  raw: { contentType, description },
});

/** Path parameters, all strings, with a description each. */
export function pathParams(described: Record<string, string>): z.ZodObject {
  return z.object(Object.fromEntries(Object.entries(described).map(([k, d]) => [k, z.string().describe(d)])));
}
