import { z } from "zod";
import { AppError, type AppErrorCode } from "@/lib/errors";
import type { Answer, Auth, Operation } from "@/lib/api-doc/operation";
import { errorSchema } from "@/lib/api-doc/shapes";
import { accountOperations } from "@/lib/api-doc/routes/account";
import { catalogOperations } from "@/lib/api-doc/routes/catalog";
import { planOperations } from "@/lib/api-doc/routes/plans";
import { recordOperations } from "@/lib/api-doc/routes/records";
import { draftOperations } from "@/lib/api-doc/routes/drafts";
import { teamOperations } from "@/lib/api-doc/routes/teams";

// The OpenAPI 3.1 document, generated from the operation entries (lib/api-doc/routes/*) and the zod schemas they
// name. Errors the auth and the input imply are added here, so no entry has to list 401 or 422 by hand.

const docOperation: Operation = {
  method: "get",
  path: "/api/v1/openapi.json",
  summary: "This document",
  auth: "public",
  answers: {
    200: {
      description: "OpenAPI 3.1",
      schema: z.looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) }),
    },
  },
};

/** Every described operation. A new area's file adds its list here. */
export const operations: Operation[] = [
  ...catalogOperations,
  ...accountOperations,
  ...recordOperations,
  ...draftOperations,
  ...planOperations,
  ...teamOperations,
  docOperation,
];

type Json = Record<string, unknown>;

/** A zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect): "input" for what is sent, "output" for answers. */
export function jsonSchema(schema: z.ZodType, io: "input" | "output"): Json {
  const out = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as Json;
  delete out.$schema;
  return out;
}

function impliedErrors(op: Operation): AppErrorCode[] {
  // Every route refuses text PostgreSQL cannot store (a NUL) anywhere in the query (422) or the path (404).
  const codes: AppErrorCode[] = ["internal", "unavailable", "validation"];
  if (op.params) codes.push("not_found");
  if (op.auth === "session" || op.auth === "read" || op.auth === "write") codes.push("unauthorized", "forbidden");
  if (op.auth === "read" || op.auth === "write") codes.push("rate_limited");
  if (op.body || op.rawBody) codes.push("payload_too_large", "unsupported_media_type");
  return codes;
}

/** Status → error codes answered with it, for every error this operation can give. */
export function errorStatuses(op: Operation): Map<number, AppErrorCode[]> {
  const byStatus = new Map<number, AppErrorCode[]>();
  for (const code of new Set([...impliedErrors(op), ...(op.errors ?? [])])) {
    const status = new AppError(code, "").status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return byStatus;
}

const SECURITY: Record<Auth, Json[]> = {
  public: [],
  key: [],
  session: [{ session: [] }],
  read: [{ session: [] }, { apiToken: ["read"] }],
  write: [{ session: [] }, { apiToken: ["read-write"] }],
};

const AUTH_WORDS: Record<Auth, string> = {
  public: "No sign-in.",
  key: "No sign-in: the token in the address is the key.",
  session: "A browser session only; API tokens get 403.",
  read: "A session, or an API token (read or read-write).",
  write: "A session, or a read-write API token (a read token gets 403).",
};

function operationId(op: Operation): string {
  const words = op.path
    .replace("/api/v1/", "")
    .split(/[/.-]/)
    .filter(Boolean)
    .map((w) => (w.startsWith("{") ? `By${w.slice(1, 2).toUpperCase()}${w.slice(2, -1)}` : w))
    .map((w) => w.slice(0, 1).toUpperCase() + w.slice(1));
  return op.method + words.join("");
}

function parameters(op: Operation): Json[] {
  const list: Json[] = [];
  for (const [where, schema] of [
    ["path", op.params],
    ["query", op.query],
  ] as const) {
    if (!schema) continue;
    for (const [name, field] of Object.entries(schema.shape)) {
      const js = jsonSchema(field as z.ZodType, "input");
      const required = where === "path" || !(field as z.ZodType).safeParse(undefined).success;
      list.push({ name, in: where, required, schema: js, ...(js.description ? { description: js.description } : {}) });
    }
  }
  return list;
}

function requestBody(op: Operation): Json | undefined {
  if (!op.body && !op.rawBody) return undefined;
  const content: Json = {};
  if (op.body) content["application/json"] = { schema: jsonSchema(op.body, "input") };
  for (const r of op.rawBody ?? []) content[r.contentType] = { schema: { description: r.description } };
  return { required: !op.bodyOptional, content };
}

function answer(a: Answer): Json {
  const headers = a.headers
    ? Object.fromEntries(Object.entries(a.headers).map(([k, d]) => [k, { description: d, schema: { type: "string" } }]))
    : undefined;
  const content = a.schema
    ? { "application/json": { schema: jsonSchema(a.schema, "output") } }
    : a.raw
      ? { [a.raw.contentType]: { schema: { type: "string", contentMediaType: a.raw.contentType } } }
      : undefined;
  return { description: a.description, ...(headers ? { headers } : {}), ...(content ? { content } : {}) };
}

function responses(op: Operation): Json {
  const out: Json = {};
  for (const [status, a] of Object.entries(op.answers)) out[status] = answer(a);
  for (const [status, codes] of errorStatuses(op)) {
    out[String(status)] = {
      description: `Error: ${codes.join(", ")}`,
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  }
  return out;
}

function buildDocument(): Json {
  const paths: Record<string, Json> = {};
  for (const op of operations) {
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      operationId: operationId(op),
      summary: op.summary,
      description: [AUTH_WORDS[op.auth], op.description].filter(Boolean).join(" "),
      tags: [op.path.split("/")[3]],
      security: SECURITY[op.auth],
      parameters: parameters(op),
      ...(requestBody(op) ? { requestBody: requestBody(op) } : {}),
      responses: responses(op),
    };
  }
  return {
    openapi: "3.1.1",
    info: {
      title: "HIM Pathways API",
      version: "1",
      description:
        "Career paths, credentials and CEUs for health-information professionals. Errors always have the Error " +
        "shape. Sign in with a browser session, or send a personal API token (made on the profile page) as " +
        "Authorization: Bearer <token>.",
    },
    paths,
    components: {
      schemas: { Error: jsonSchema(errorSchema, "output") },
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The session cookie of a signed-in browser (__Secure-next-auth.session-token over HTTPS).",
        },
        apiToken: {
          type: "http",
          scheme: "bearer",
          description: 'A personal API token ("himp_…"), scope read or read-write; never on the account\'s keys.',
        },
      },
    },
  };
}

let built: Json | null = null;

/** The document, built once per process (the entries are fixed while it runs). */
export function openApiDocument(): Json {
  built ??= buildDocument();
  return built;
}
