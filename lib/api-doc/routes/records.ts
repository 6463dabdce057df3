import { z } from "zod";
import {
  auditPacketQuerySchema,
  ceuEntryPatchSchema,
  ceuEntrySchema,
  ceuFilterSchema,
  csvImportBodySchema,
} from "@/lib/ceus/validation";
import {
  complianceQuerySchema,
  customCredentialPatchSchema,
  customCredentialSchema,
  heldCredentialPatchSchema,
  heldCredentialSchema as heldInputSchema,
} from "@/lib/credentials/validation";
import { whatIfRequestSchema } from "@/lib/salary/validation";
import { noContent, pathParams, raw, type Operation } from "@/lib/api-doc/operation";
import { ceuEntryViewSchema, complianceItemSchema, heldCredentialSchema } from "@/lib/api-doc/shapes";

// The person's records: CEU log (and certificates, CSV in and out, the audit packet), held and custom credentials,
// compliance per body and cycle, and the what-if of adding or dropping credentials.

const id = (what: string) => pathParams({ id: `The ${what}'s id` });
const entry = z.object({ entry: ceuEntryViewSchema });
const custom = z.looseObject({ id: z.string(), code: z.string(), name: z.string() });

export const recordOperations: Operation[] = [
  {
    method: "get",
    path: "/api/v1/me/ceus",
    summary: "Your CEU log, filtered, and its total",
    auth: "read",
    query: ceuFilterSchema,
    answers: {
      200: { description: "Entries", schema: z.object({ entries: z.array(ceuEntryViewSchema), total: z.number() }) },
    },
  },
  {
    method: "post",
    path: "/api/v1/me/ceus",
    summary: "Log a CEU activity",
    auth: "write",
    body: ceuEntrySchema,
    answers: { 201: { description: "The entry", schema: entry, headers: { Location: "The entry's address" } } },
  },
  {
    method: "get",
    path: "/api/v1/me/ceus/{id}",
    summary: "One entry",
    auth: "read",
    params: id("entry"),
    answers: { 200: { description: "The entry", schema: entry } },
    errors: ["not_found"],
  },
  {
    method: "patch",
    path: "/api/v1/me/ceus/{id}",
    summary: "Change any field; a stale version gets 409",
    auth: "write",
    params: id("entry"),
    body: ceuEntryPatchSchema,
    answers: { 200: { description: "The entry", schema: entry } },
    errors: ["not_found", "conflict"],
  },
  {
    method: "delete",
    path: "/api/v1/me/ceus/{id}",
    summary: "Delete an entry (and its certificate)",
    auth: "write",
    params: id("entry"),
    answers: { 204: noContent("Deleted") },
    errors: ["not_found"],
  },
  {
    method: "get",
    path: "/api/v1/me/ceus/{id}/certificate",
    summary: "Download the entry's certificate (as an attachment)",
    auth: "read",
    params: id("entry"),
    answers: { 200: raw("application/octet-stream", "The file: application/pdf, image/png or image/jpeg") },
    errors: ["not_found"],
  },
  {
    method: "post",
    path: "/api/v1/me/ceus/{id}/certificate",
    summary: "Upload or replace the certificate: PDF, PNG or JPEG, recognised by content, at most 10 MB",
    auth: "write",
    params: id("entry"),
    rawBody: [{ contentType: "multipart/form-data", description: 'One field named "file"' }],
    answers: {
      201: {
        description: "The stored file",
        schema: z.object({
          certificate: z.object({ filename: z.string(), mimeType: z.string(), size: z.number(), sha256: z.string() }),
        }),
      },
    },
    errors: ["not_found", "payload_too_large", "unsupported_media_type"],
  },
  {
    method: "delete",
    path: "/api/v1/me/ceus/{id}/certificate",
    summary: "Remove the certificate",
    auth: "write",
    params: id("entry"),
    answers: { 204: noContent("Removed") },
    errors: ["not_found"],
  },
  {
    method: "post",
    path: "/api/v1/me/ceus/import",
    summary: "Import a CSV of entries; any bad row refuses the whole file; ?dryRun=1 checks and writes nothing",
    auth: "write",
    query: z.object({ dryRun: z.enum(["1", "true", "yes"]).optional() }),
    body: csvImportBodySchema,
    rawBody: [{ contentType: "text/csv", description: "The CSV itself (at most 1 MB)" }],
    answers: {
      200: {
        description: "The dry run: each row's status",
        schema: z.object({
          dryRun: z.literal(true),
          valid: z.number(),
          duplicates: z.number(),
          invalid: z.number(),
          problems: z.array(z.string()),
          rows: z.array(z.looseObject({ line: z.number(), status: z.enum(["ok", "duplicate", "error"]) })),
        }),
      },
      201: {
        description: "Imported",
        schema: z.object({ imported: z.number(), duplicates: z.number(), problems: z.array(z.string()) }),
      },
    },
  },
  {
    method: "get",
    path: "/api/v1/me/ceus.csv",
    summary: "The whole log as CSV",
    auth: "read",
    answers: { 200: raw("text/csv", "CSV; lists separated by ;") },
  },
  {
    method: "get",
    path: "/api/v1/me/audit-packet.zip",
    summary: "ZIP: summary.pdf, ceus.csv and the certificates",
    auth: "read",
    query: auditPacketQuerySchema,
    answers: { 200: raw("application/zip", "A ZIP archive") },
  },
  {
    method: "get",
    path: "/api/v1/me/compliance",
    summary: "Per body and cycle: owed, earned, minimums and quotas, stage dates, status",
    auth: "read",
    query: complianceQuerySchema,
    answers: {
      200: { description: "Compliance", schema: z.object({ asOf: z.string(), items: z.array(complianceItemSchema) }) },
    },
  },
  {
    method: "get",
    path: "/api/v1/me/credentials",
    summary: "Held credentials with status, computed cycle dates and what is owed",
    auth: "read",
    answers: {
      200: {
        description: "Held credentials",
        schema: z.object({ asOf: z.string(), credentials: z.array(heldCredentialSchema) }),
      },
    },
  },
  {
    method: "post",
    path: "/api/v1/me/credentials",
    summary: "Add a held credential",
    auth: "write",
    body: heldInputSchema,
    answers: {
      201: {
        description: "The credential",
        schema: z.object({ credential: z.looseObject({ id: z.string(), code: z.string() }) }),
      },
    },
    errors: ["conflict"],
  },
  {
    method: "patch",
    path: "/api/v1/me/credentials/{id}",
    summary: "Edit a held credential (version for optimistic locking)",
    auth: "write",
    params: id("held credential"),
    body: heldCredentialPatchSchema,
    answers: {
      200: {
        description: "The credential",
        schema: z.object({ credential: z.looseObject({ id: z.string(), code: z.string() }) }),
      },
    },
    errors: ["not_found", "conflict"],
  },
  {
    method: "delete",
    path: "/api/v1/me/credentials/{id}",
    summary: "Remove a held credential",
    auth: "write",
    params: id("held credential"),
    answers: { 204: noContent("Removed") },
    errors: ["not_found"],
  },
  {
    method: "get",
    path: "/api/v1/me/custom-credentials",
    summary: "Credentials from outside the catalog, with statuses",
    auth: "read",
    answers: {
      200: {
        description: "Custom credentials",
        schema: z.object({ asOf: z.string(), credentials: z.array(custom) }),
      },
    },
  },
  {
    method: "post",
    path: "/api/v1/me/custom-credentials",
    summary: "Add a credential from outside the catalog",
    auth: "write",
    body: customCredentialSchema,
    answers: {
      201: {
        description: "Its id and code (U- and six characters; what CEU entries' appliesTo takes)",
        schema: z.object({ id: z.string(), code: z.string() }),
      },
    },
    errors: ["conflict"],
  },
  {
    method: "get",
    path: "/api/v1/me/custom-credentials/{id}",
    summary: "One custom credential",
    auth: "read",
    params: id("custom credential"),
    answers: { 200: { description: "The credential", schema: z.object({ credential: custom }) } },
    errors: ["not_found"],
  },
  {
    method: "patch",
    path: "/api/v1/me/custom-credentials/{id}",
    summary: "Change any field; a stale version gets 409",
    auth: "write",
    params: id("custom credential"),
    body: customCredentialPatchSchema,
    answers: { 200: { description: "The credential", schema: z.object({ credential: custom }) } },
    errors: ["not_found", "conflict"],
  },
  {
    method: "delete",
    path: "/api/v1/me/custom-credentials/{id}",
    summary: "Remove it (entries that counted only toward it count anywhere again)",
    auth: "write",
    params: id("custom credential"),
    answers: { 204: noContent("Removed") },
    errors: ["not_found"],
  },
  {
    method: "post",
    path: "/api/v1/what-if",
    summary: "Yearly CEUs and costs with credentials added or dropped, against today's set",
    auth: "write",
    body: whatIfRequestSchema,
    answers: {
      200: {
        description: "Year by year, before and after",
        schema: z.looseObject({
          years: z.array(z.looseObject({ year: z.number() })),
          before: z.looseObject({}),
          after: z.looseObject({}),
          notes: z.array(z.string()),
        }),
      },
    },
  },
];
