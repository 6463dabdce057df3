import "server-only";
import { DEFAULT_DUE_SOON_DAYS } from "@/lib/credentials/compliance";
import { keptCompliance, readLedgerStamp, type LedgerStamp } from "@/lib/credentials/compliance-cache";
import type { ComplianceItem, EntryInput, RuleSetInput } from "@/lib/credentials/compliance-types";
import { listCustomCredentials } from "@/lib/credentials/custom-credentials";
import { listHeld } from "@/lib/credentials/held-queries";
import { judgeRecords, type CustomWithStatus, type HeldWithStatus } from "@/lib/credentials/judge-records";
import { membershipDates } from "@/lib/credentials/memberships";
import { getRuleSets } from "@/lib/credentials/rule-set-queries";
import { db } from "@/lib/db";
import { isoOf, todayIso } from "@/lib/dates";

export type Compliance = {
  asOf: string;
  items: ComplianceItem[];
  held: HeldWithStatus[];
  custom: CustomWithStatus[];
  memberships: Record<string, string>;
};

/**
 * The user's compliance on `asOf`: the engine over their own credentials, entries and memberships. Kept per
 * process until one of those changes (lib/credentials/compliance-cache.ts): a request costs one indexed read then.
 */
export async function getCompliance(
  userId: string,
  opts: { asOf?: string; dueSoonDays?: number; stamp?: LedgerStamp } = {},
): Promise<Compliance> {
  const asOf = opts.asOf ?? todayIso();
  // The stamp is read before any of the data, so a kept answer is never older than the version it is kept under.
  // A caller that has just read it with its own data (the dashboard, in one query) passes it in.
  const [stamp, ruleSets] = await Promise.all([opts.stamp ?? readLedgerStamp(userId), getRuleSets()]);
  const dueSoonDays = opts.dueSoonDays ?? stamp?.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const compute = () => computeCompliance(userId, asOf, dueSoonDays, ruleSets);
  // No such user: nothing to keep (their rows are gone with them).
  if (!stamp) return compute();
  return keptCompliance(userId, `${asOf}|${dueSoonDays}`, stamp, ruleSets, compute);
}

async function computeCompliance(
  userId: string,
  asOf: string,
  dueSoonDays: number,
  ruleSets: RuleSetInput[],
): Promise<Compliance> {
  const [held, custom, memberships, rows] = await Promise.all([
    listHeld(userId),
    listCustomCredentials(userId),
    membershipDates(userId),
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
  ]);
  const entries: EntryInput[] = rows.map((r) => ({ ...r, date: isoOf(r.date), ceus: r.ceus.toNumber() }));
  const judged = judgeRecords({ held, custom, entries, memberships }, ruleSets, { asOf, dueSoonDays });
  return { asOf, items: judged.items, held: judged.held, custom: judged.custom, memberships };
}
