import { z } from "zod";
import { isDatabaseUnavailable, isInvalidText } from "@/lib/db/error-kinds";

// The one error vocabulary. Domain code throws AppError; the HTTP and action wrappers turn it into a response the
// person can act on. Anything else is a bug: logged in full, answered with a generic 500.

export type AppErrorCode =
  | "validation"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "gone"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "unavailable"
  | "internal";

export type FieldIssue = { path: string; message: string };

const statusByCode: Record<AppErrorCode, number> = {
  validation: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly issues?: FieldIssue[];

  /** For rate_limited: seconds until another try is allowed (sent as Retry-After). */
  retryAfter?: number;

  constructor(code: AppErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.issues = issues;
  }

  static rateLimited(message: string, retryAfter: number): AppError {
    const err = new AppError("rate_limited", message);
    err.retryAfter = retryAfter;
    return err;
  }

  get status(): number {
    return statusByCode[this.code];
  }

  static validation(issues: FieldIssue[], message?: string): AppError {
    const first = issues[0];
    return new AppError("validation", message ?? (first ? `${first.path}: ${first.message}` : "Invalid input"), issues);
  }
}

/**
 * Any thrown value as the AppError a person is shown: the one classifier behind every door (API, forms, actions).
 * AppErrors pass through; database outages become `unavailable` (retry in a few seconds) and text PostgreSQL cannot
 * store becomes `validation`; anything else is a bug, logged in full under `door` and answered generically.
 */
export function toAppError(err: unknown, door: string): AppError {
  if (err instanceof AppError) return err;
  if (isInvalidText(err)) {
    return AppError.validation([
      {
        path: "body",
        message: "The text sent cannot be stored (it holds a NUL character or bytes that are not text).",
      },
    ]);
  }
  if (isDatabaseUnavailable(err)) {
    console.error(`[${door}] database unavailable:`, err instanceof Error ? err.message : err);
    const unavailable = new AppError(
      "unavailable",
      "The service cannot reach its database just now; nothing was changed. Try again in a few seconds.",
    );
    unavailable.retryAfter = 5;
    return unavailable;
  }
  console.error(`[${door}] unexpected error:`, err);
  return new AppError("internal", "Something went wrong on our side. Please try again.");
}

/** zod issues as `{path, message}` pairs, with dotted paths ("credentials.0.code"); root issues get path "body". */
export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((i) => {
    const base = i.path.join(".");
    // An unknown field is named itself, so the person sees which one to remove.
    if (i.code === "unrecognized_keys") {
      return i.keys.map((k) => ({ path: base ? `${base}.${k}` : k, message: `Unknown field "${k}": remove it.` }));
    }
    return [{ path: base || "body", message: i.message }];
  });
}

/** Parses or throws a 422 AppError naming each bad field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  // Every door parses through here, so this is where text PostgreSQL cannot store (a NUL) is turned away.
  refuseNul(input);
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw AppError.validation(zodIssues(parsed.error));
  return parsed.data;
}

/** Prisma's unique-constraint violation, recognised without importing the client (keeps this file dependency-free). */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "P2002";
}

/**
 * The path of the first string holding a NUL character ("\u0000") in a value, or null. PostgreSQL text cannot hold
 * one, so input that does is refused with a clear message instead of failing in the database.
 */
export function nulPath(value: unknown, path = ""): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path || "body" : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = nulPath(value[i], path ? `${path}.${i}` : String(i));
      if (hit) return hit;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes("\u0000")) return path ? `${path}.${k}` : k;
      const hit = nulPath(v, path ? `${path}.${k}` : k);
      if (hit) return hit;
    }
  }
  return null;
}

/** Throws a 422 naming the field when the value holds a NUL character. */
export function refuseNul(value: unknown, root = ""): void {
  const path = nulPath(value, root);
  if (path) throw AppError.validation([{ path, message: "This text contains a NUL character (\\u0000); remove it." }]);
}
