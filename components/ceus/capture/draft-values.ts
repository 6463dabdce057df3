import type { DraftView } from "@/lib/capture/draft-view";

// A draft's form values: what was read, as the person may change it, and the changes sent on confirmation.

export type DraftValues = {
  date: string;
  title: string;
  provider: string;
  ceus: string;
  indexNumber: string;
  topics: string[];
  notes: string;
  keepDuplicate: boolean;
};

export type EditableField = Exclude<keyof DraftValues, "keepDuplicate">;

export function initialValues(d: DraftView): DraftValues {
  const f = d.fields;
  const approvals = (f.approvals?.value as { body: string; number: string }[] | undefined) ?? [];
  return {
    date: (f.date?.value as string) ?? "",
    title: (f.title?.value as string) ?? "",
    provider: (f.provider?.value as string) ?? "",
    ceus: f.ceus ? String(f.ceus.value) : "",
    indexNumber: (f.indexNumber?.value as string) ?? "",
    topics: (f.topics?.value as string[]) ?? [],
    notes: approvals.map((a) => `${a.body} approval ${a.number}`).join("; "),
    keepDuplicate: false,
  };
}

/** The entry fields to send: everything on the form, so what the person sees is exactly what is saved. */
export function changesOf(v: DraftValues): Record<string, unknown> {
  const out: Record<string, unknown> = {
    title: v.title,
    provider: v.provider,
    indexNumber: v.indexNumber,
    topics: v.topics,
    notes: v.notes,
  };
  if (v.date) out.date = v.date;
  if (v.ceus.trim()) out.ceus = Number(v.ceus);
  if (v.keepDuplicate) out.keepDuplicate = true;
  return out;
}

/** Ready to confirm with the others: a date, title and CEUs, every doubtful reading looked at, nothing doubled. */
export function isReady(d: DraftView, v: DraftValues, touched: Set<string>): boolean {
  if (d.status !== "read") return false;
  if (d.duplicateOf && !v.keepDuplicate) return false;
  if (!v.date || !v.title.trim() || !v.ceus.trim()) return false;
  return Object.entries(d.fields).every(([name, f]) => !f.attention || touched.has(name));
}
