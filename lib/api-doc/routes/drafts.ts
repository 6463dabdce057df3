import { z } from "zod";
import { noContent, pathParams, type Operation } from "@/lib/api-doc/operation";
import { ceuEntryViewSchema } from "@/lib/api-doc/shapes";

// Certificates read into drafts (issue 15): the answers' shapes mirror lib/capture/draft-view.ts.

const box = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() });
const reading = z.object({
  value: z.unknown().describe("What was read: a date (YYYY-MM-DD), text, a number of CEUs or a list"),
  confidence: z.number().min(0).max(1),
  source: z.object({
    page: z.number().int(),
    box: box.describe("Where on the page, as fractions of its width and height from the top-left corner"),
    text: z.string(),
    method: z.enum(["text", "ocr"]),
  }),
  note: z.string().optional(),
  attention: z.boolean().describe("True when the reading is doubtful and the person should look before confirming"),
});
const draftSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  status: z.enum(["read", "failed"]),
  fields: z.object({
    date: reading.optional(),
    title: reading.optional(),
    provider: reading.optional(),
    ceus: reading.optional(),
    indexNumber: reading.optional(),
    approvals: reading.optional(),
    topics: reading.optional(),
  }),
  duplicateOf: z
    .object({
      reason: z.enum(["same_file", "same_activity"]),
      entryId: z.string().optional(),
      draftId: z.string().optional(),
      href: z.string(),
      message: z.string(),
    })
    .optional(),
  error: z.string().optional(),
  confident: z.boolean(),
  mimeType: z.string().nullable(),
  size: z.number().int(),
  createdAt: z.string(),
});
const drafts = z.object({ drafts: z.array(draftSchema) });
const id = pathParams({ id: "The draft's id" });

export const draftOperations: Operation[] = [
  {
    method: "get",
    path: "/api/v1/me/ceus/drafts",
    summary: "Certificates read and waiting to be confirmed",
    auth: "read",
    answers: { 200: { description: "The drafts, newest first", schema: drafts } },
  },
  {
    method: "post",
    path: "/api/v1/me/ceus/drafts",
    summary: "Read certificates (PDF, PNG, JPEG; up to 50 of 10 MB) into drafts: one per file, read or failed",
    auth: "write",
    rawBody: [{ contentType: "multipart/form-data", description: 'One or more "file" parts' }],
    answers: { 201: { description: "One draft per file, in the order sent", schema: drafts } },
    errors: ["unsupported_media_type", "payload_too_large", "conflict"],
  },
  {
    method: "delete",
    path: "/api/v1/me/ceus/drafts/{id}",
    summary: "Discard a draft",
    auth: "write",
    params: id,
    answers: { 204: noContent("Discarded") },
    errors: ["not_found"],
  },
  {
    method: "post",
    path: "/api/v1/me/ceus/drafts/{id}/confirm",
    summary: "Turn a draft into a CEU entry with its certificate; any entry field sent overrides what was read",
    description:
      "Validated like any entry (422 naming the field, nothing written). " +
      'A draft that doubles an entry answers 409 unless "keepDuplicate": true is sent.',
    auth: "write",
    params: id,
    body: z.record(z.string(), z.unknown()),
    bodyOptional: true,
    answers: {
      201: {
        description: "The new entry",
        schema: z.object({ entry: ceuEntryViewSchema }),
        headers: { Location: "The entry's address" },
      },
    },
    errors: ["not_found", "conflict"],
  },
];
