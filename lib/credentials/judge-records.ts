import { compliance } from "@/lib/credentials/compliance";
import type {
  ComplianceItem,
  EntryInput,
  HeldInput,
  HeldStatus,
  RuleSetInput,
} from "@/lib/credentials/compliance-types";
import type { CustomCredentialView } from "@/lib/credentials/custom-credentials";
import type { HeldView } from "@/lib/credentials/held-queries";

// A person's records as the compliance engine judges them: their held and custom credentials, CEU entries and
// membership dates on a day, with each credential's row fields (status, cycle, due date). One function for the
// person's own compliance page and a team's roster, so both say the same of the same records. Pure.

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

export type Records = {
  held: HeldView[];
  custom: CustomCredentialView[];
  entries: EntryInput[];
  memberships: Record<string, string>;
};

export type Judged = {
  items: ComplianceItem[];
  held: HeldWithStatus[];
  custom: CustomWithStatus[];
  /** Codes of the credentials held on `asOf` (one earned later is not held yet on that day). */
  heldOnDay: Set<string>;
};

export function judgeRecords(
  records: Records,
  ruleSets: RuleSetInput[],
  opts: { asOf: string; dueSoonDays: number },
): Judged {
  const { asOf, dueSoonDays } = opts;
  const inputs = [...records.held.map(heldInput), ...records.custom.map(customInput)].filter((h) => h.earnedOn <= asOf);
  const items = compliance(inputs, records.entries, ruleSets, {
    asOf,
    dueSoonDays,
    memberships: records.memberships,
  });
  return {
    items,
    held: records.held.map((h) => ({ ...h, ...statusFields(items, h.code) })),
    custom: records.custom.map((c) => ({ ...c, ...statusFields(items, c.code) })),
    heldOnDay: new Set(inputs.map((i) => i.code)),
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
  custom: {
    name: c.name,
    cycleMonths: c.cycleMonths,
    requiredCeus: c.requiredCeus,
    cycleEnd: c.cycleEnd,
    topicMinimums: c.topicMinimums,
  },
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
