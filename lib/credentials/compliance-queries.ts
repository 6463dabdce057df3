import "server-only";
import { compliance, DEFAULT_DUE_SOON_DAYS } from "@/lib/credentials/compliance";
import { keptCompliance, readLedgerStamp } from "@/lib/credentials/compliance-cache";
import type {
  ComplianceItem,
  HeldStatus,
  EntryInput,
  HeldInput,
  RuleSetInput,
} from "@/lib/credentials/compliance-types";
import { customRules, listCustomCredentials, type CustomCredentialView } from "@/lib/credentials/custom-credentials";
import { listHeld, type HeldView } from "@/lib/credentials/held-queries";
import { membershipDates } from "@/lib/credentials/memberships";
import { getRuleSets } from "@/lib/credentials/rule-set-queries";
import { db } from "@/lib/db";
import { isoOf, todayIso } from "@/lib/dates";

/** What a credential's row shows: its current cycle, or the missed previous one that speaks for it. */
export type StatusFields = {
  status: HeldStatus | null;
  cycleStartComputed: string | null;
  cycleEndComputed: string | null;
  dueDate: string | null;
  remaining: number | null;
};
export type HeldWithStatus = HeldView & StatusFields;
export type CustomWithStatus = CustomCredentialView & StatusFields;

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
  opts: { asOf?: string; dueSoonDays?: number } = {},
): Promise<Compliance> {
  const asOf = opts.asOf ?? todayIso();
  // The stamp is read before any of the data, so a kept answer is never older than the version it is kept under.
  const [stamp, ruleSets] = await Promise.all([readLedgerStamp(userId), getRuleSets()]);
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
  // Credentials earned after `asOf` are not held yet on that day.
  const inputs: HeldInput[] = [...held.map(heldInput), ...custom.map(customInput)].filter((h) => h.earnedOn <= asOf);
  const items = compliance(inputs, entries, ruleSets, { asOf, dueSoonDays, memberships });
  return {
    asOf,
    items,
    held: held.map((h) => ({ ...h, ...statusFields(items, h.code) })),
    custom: custom.map((c) => ({ ...c, ...statusFields(items, c.code) })),
    memberships,
  };
}

export const heldInput = (h: HeldView): HeldInput => ({
  code: h.code,
  body: h.body,
  earnedOn: h.earnedOn,
  cycleStart: h.cycleStart,
  cycleEnd: h.cycleEnd,
  ceuRequired: h.ceuRequired,
  trackedSince: h.trackedSince,
  replaces: h.replaces,
  requiredOverride: h.requiredOverride,
  reported: h.reported,
});

export const customInput = (c: CustomCredentialView): HeldInput => ({
  code: c.code,
  body: c.issuer,
  earnedOn: c.earnedOn,
  cycleStart: null,
  cycleEnd: null,
  ceuRequired: null,
  trackedSince: c.trackedSince,
  custom: customRules(c),
});

export function statusFields(items: ComplianceItem[], code: string): StatusFields {
  const item = items.find((i) => i.cycle === "current" && i.credentials.includes(code));
  const missed = items.find((i) => i.cycle === "previous" && i.credentials.includes(code));
  if (!item && items.some((i) => i.cycle === "current" && i.replaced.some((r) => r.code === code))) {
    return { status: "replaced", cycleStartComputed: null, cycleEndComputed: null, dueDate: null, remaining: null };
  }
  return {
    status: item?.status ?? null,
    cycleStartComputed: item?.cycleStart ?? null,
    cycleEndComputed: item?.cycleEnd ?? null,
    dueDate: (missed ?? item)?.dueDate ?? null,
    remaining: (missed ?? item)?.remaining ?? null,
  };
}
