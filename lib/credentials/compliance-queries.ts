import { db } from "@/lib/db";
import { compliance, DEFAULT_DUE_SOON_DAYS } from "@/lib/credentials/compliance";
import type { ComplianceItem, CredentialStatus, EntryInput } from "@/lib/credentials/compliance-types";
import { listHeld, type HeldView } from "@/lib/credentials/held-queries";
import { getRuleSets } from "@/lib/credentials/rule-set-queries";
import { isoOf, todayIso } from "@/lib/dates";

export type HeldWithStatus = HeldView & {
  status: CredentialStatus | null;
  cycleStartComputed: string | null;
  cycleEndComputed: string | null;
  dueDate: string | null;
  remaining: number | null;
};

/** The user's compliance on `asOf`: the engine run over their own credentials and entries (three queries). */
export async function getCompliance(
  userId: string,
  opts: { asOf?: string; dueSoonDays?: number } = {},
): Promise<{ asOf: string; items: ComplianceItem[]; held: HeldWithStatus[] }> {
  const asOf = opts.asOf ?? todayIso();
  const [held, rows, ruleSets, prefs] = await Promise.all([
    listHeld(userId),
    db.ceuEntry.findMany({
      where: { userId },
      select: {
        id: true,
        title: true,
        date: true,
        ceus: true,
        topics: true,
        hiimDomain: true,
        source: true,
        externalBody: true,
        appliesTo: true,
      },
    }),
    getRuleSets(),
    db.user.findUnique({ where: { id: userId }, select: { dueSoonDays: true } }),
  ]);
  const entries: EntryInput[] = rows.map((r) => ({
    ...r,
    date: isoOf(r.date),
    ceus: r.ceus.toNumber(),
  }));
  // Credentials earned after `asOf` are not held yet on that day.
  const current = held.filter((h) => h.earnedOn <= asOf);
  const items = compliance(
    current.map((h) => ({
      code: h.code,
      body: h.body,
      earnedOn: h.earnedOn,
      cycleStart: h.cycleStart,
      cycleEnd: h.cycleEnd,
      ceuRequired: h.ceuRequired,
      trackedSince: h.trackedSince,
    })),
    entries,
    ruleSets,
    { asOf, dueSoonDays: opts.dueSoonDays ?? prefs?.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS },
  );
  return {
    asOf,
    items,
    held: held.map((h) => {
      const item = items.find((i) => i.cycle === "current" && i.credentials.includes(h.code));
      const missed = items.find((i) => i.cycle === "previous" && i.credentials.includes(h.code));
      return {
        ...h,
        status: item?.status ?? null,
        cycleStartComputed: item?.cycleStart ?? null,
        cycleEndComputed: item?.cycleEnd ?? null,
        dueDate: (missed ?? item)?.dueDate ?? null,
        remaining: (missed ?? item)?.remaining ?? null,
      };
    }),
  };
}
