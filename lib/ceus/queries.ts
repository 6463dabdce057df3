import "server-only";
import { db } from "@/lib/db";
import { round2 } from "@/lib/math";
import type { CeuSource } from "@/lib/credentials/rule-set-schema";
import type { CeuFilters } from "@/lib/ceus/validation";
import type { Prisma } from "@/generated/prisma/client";
import { isoOf } from "@/lib/dates";

export type CeuEntryView = {
  id: string;
  date: string;
  title: string;
  provider: string | null;
  ceus: number;
  topics: string[];
  hiimDomain: boolean;
  source: CeuSource;
  indexNumber: string | null;
  externalBody: boolean;
  notes: string | null;
  appliesTo: string[];
  certificate: { filename: string; mimeType: string; size: number } | null;
  version: number;
};

export const entrySelect = {
  id: true,
  date: true,
  title: true,
  provider: true,
  ceus: true,
  topics: true,
  hiimDomain: true,
  source: true,
  indexNumber: true,
  externalBody: true,
  notes: true,
  appliesTo: true,
  version: true,
  certificate: { select: { filename: true, mimeType: true, size: true } },
} as const;

type Row = Prisma.CeuEntryGetPayload<{ select: typeof entrySelect }>;

export const toEntryView = (r: Row): CeuEntryView => ({
  ...r,
  date: isoOf(r.date),
  ceus: r.ceus.toNumber(),
});

/** The user's own entries, newest first, optionally filtered. */
/** The CEUs of a list of entries, to the hundredth (as the log and the API show them). */
export const totalCeus = (entries: { ceus: number }[]) => round2(entries.reduce((sum, e) => sum + e.ceus, 0));

export async function listEntries(userId: string, f: CeuFilters = {}): Promise<CeuEntryView[]> {
  const where: Prisma.CeuEntryWhereInput = { userId };
  if (f.from || f.to)
    where.date = {
      gte: f.from ? new Date(`${f.from}T00:00:00Z`) : undefined,
      lte: f.to ? new Date(`${f.to}T00:00:00Z`) : undefined,
    };
  if (f.source) where.source = f.source;
  if (f.topic) where.topics = { has: f.topic };
  if (f.q)
    where.OR = [
      { title: { contains: f.q, mode: "insensitive" } },
      { provider: { contains: f.q, mode: "insensitive" } },
    ];
  const rows = await db.ceuEntry.findMany({
    where,
    orderBy: [{ date: "desc" }, { createdAt: "desc" }],
    select: entrySelect,
  });
  return rows.map(toEntryView);
}

export async function getEntry(userId: string, id: string): Promise<CeuEntryView | null> {
  const row = await db.ceuEntry.findFirst({ where: { id, userId }, select: entrySelect });
  return row ? toEntryView(row) : null;
}
