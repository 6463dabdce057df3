import { CONFIDENT, fieldNames, type ExtractedFields, type FieldReading } from "@/lib/capture/types";

// What a draft looks like to the person and the API: every field read with its confidence, where it came from and
// whether it wants attention, and the entry field values it proposes. Pure.

export type Duplicate = {
  reason: "same_file" | "same_activity";
  entryId?: string;
  draftId?: string;
  href: string;
  message: string;
};

export type DraftFieldView = FieldReading<unknown> & { attention: boolean };

export type DraftView = {
  id: string;
  fileName: string;
  status: "read" | "failed";
  fields: Partial<Record<keyof ExtractedFields, DraftFieldView>>;
  duplicateOf?: Duplicate;
  error?: string;
  /** True when every field read is confident, the entry's required fields are there and nothing is doubled. */
  confident: boolean;
  mimeType: string | null;
  size: number;
  createdAt: string;
};

export type DraftRow = {
  id: string;
  fileName: string;
  status: string;
  fields: unknown;
  error: string | null;
  mimeType: string | null;
  size: number;
  createdAt: Date;
};

const REQUIRED = ["date", "title", "ceus"] as const;

export function toDraftView(row: DraftRow, duplicateOf?: Duplicate): DraftView {
  const read = (row.fields ?? {}) as ExtractedFields;
  const fields: DraftView["fields"] = {};
  for (const name of fieldNames) {
    const f = read[name] as FieldReading<unknown> | undefined;
    if (f) fields[name] = { ...f, attention: f.confidence < CONFIDENT };
  }
  const status = row.status === "read" ? "read" : "failed";
  const confident =
    status === "read" &&
    !duplicateOf &&
    REQUIRED.every((k) => fields[k]) &&
    Object.values(fields).every((f) => !f.attention);
  return {
    id: row.id,
    fileName: row.fileName,
    status,
    fields,
    ...(duplicateOf ? { duplicateOf } : {}),
    ...(row.error ? { error: row.error } : {}),
    confident,
    mimeType: row.mimeType,
    size: row.size,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The CEU entry a draft proposes, before the person's own changes: only fields that were read. */
export function proposedEntry(fields: ExtractedFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (fields.date) out.date = fields.date.value;
  if (fields.title) out.title = fields.title.value.slice(0, 200);
  if (fields.provider) out.provider = fields.provider.value.slice(0, 200);
  if (fields.ceus) out.ceus = fields.ceus.value;
  if (fields.indexNumber) out.indexNumber = fields.indexNumber.value.slice(0, 40);
  if (fields.topics) out.topics = fields.topics.value;
  if (fields.approvals?.value.length)
    out.notes = fields.approvals.value.map((a) => `${a.body} approval ${a.number}`).join("; ");
  return out;
}

/** The key two activities share when they are the same one logged twice: date, title (any case) and CEUs. */
export const activityKey = (date: string, title: string, ceus: number) =>
  `${date}|${title.trim().toLowerCase().replace(/\s+/g, " ")}|${Math.round(ceus * 100)}`;
