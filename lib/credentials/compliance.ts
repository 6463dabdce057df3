import type {
  ComplianceItem,
  CredentialStatus,
  EntryInput,
  HeldInput,
  RuleSetInput,
} from "@/lib/credentials/compliance-types";
import { evaluateCycle, nothingTracked, type CycleItem, type Group } from "@/lib/credentials/cycle-evaluation";
import { cyclesAround } from "@/lib/credentials/cycles";
import type { RuleSet } from "@/lib/credentials/rule-set-schema";
import { addDays, daysBetween } from "@/lib/dates";

// The compliance engine: for the credentials a person holds, their CEU entries and a date, what each body requires
// in the current cycle (and a missed previous one), what counts, what is still owed, and the status — every figure
// with the rule set it came from. Bodies that share one cycle across credentials (AAPC, AHIMA) are judged as one
// group; the others per credential. A CEU counts once within a body; different bodies each count it. Pure.

export const DEFAULT_DUE_SOON_DAYS = 90;

/** The rule set in force for a cycle that starts on `start`: the latest one whose period contains it. */
export function ruleSetFor(sets: RuleSetInput[], body: string, start: string): RuleSetInput | null {
  return (
    sets
      .filter(
        (s) =>
          s.body === body &&
          (s.effectiveFrom === null || s.effectiveFrom <= start) &&
          (s.effectiveTo === null || start < s.effectiveTo),
      )
      .sort((a, b) => (b.effectiveFrom ?? "").localeCompare(a.effectiveFrom ?? ""))[0] ?? null
  );
}

function groupsOf(held: HeldInput[], sets: RuleSetInput[], asOf: string): Group[] {
  const groups: Group[] = [];
  const byBody = new Map<string, HeldInput[]>();
  for (const h of [...held].sort((a, b) => a.earnedOn.localeCompare(b.earnedOn) || a.code.localeCompare(b.code))) {
    byBody.set(h.body, [...(byBody.get(h.body) ?? []), h]);
  }
  for (const [body, list] of [...byBody].sort((a, b) => a[0].localeCompare(b[0]))) {
    const set = ruleSetFor(sets, body, asOf);
    if (set?.rules.cycle.synchronised) groups.push({ body, held: list });
    else for (const h of list) groups.push({ body, held: [h] });
  }
  return groups;
}

function statusOf(
  rules: RuleSet | undefined,
  previous: CycleItem | null,
  current: CycleItem,
  asOf: string,
  dueSoonDays: number,
): {
  status: CredentialStatus;
  previousStatus: CredentialStatus | null;
  graceEnds: string | null;
} {
  const grace = rules?.status.graceDays ?? 0;
  if (previous && !previous.met) {
    const pastDue = daysBetween(previous.dueDate, asOf);
    const graceEnds = grace > 0 ? addDays(previous.dueDate, grace) : null;
    let status: CredentialStatus;
    if (pastDue <= 0) status = -pastDue <= dueSoonDays ? "due_soon" : "active";
    else if (grace > 0 && pastDue <= grace) status = "grace";
    else if (rules?.status.revokedAfterDaysPastDue && pastDue > rules.status.revokedAfterDaysPastDue)
      status = "revoked";
    else if (rules?.status.revokedAfterDaysInactive && pastDue > rules.status.revokedAfterDaysInactive)
      status = "revoked";
    else status = "inactive";
    return { status, previousStatus: status, graceEnds };
  }
  const toDue = daysBetween(asOf, current.dueDate);
  return {
    status: !current.met && toDue <= dueSoonDays ? "due_soon" : "active",
    previousStatus: null,
    graceEnds: null,
  };
}

/** Compliance of every held credential on `asOf`: one item per body group and cycle (a missed previous cycle first). */
export function compliance(
  held: HeldInput[],
  entries: EntryInput[],
  ruleSets: RuleSetInput[],
  opts: { asOf: string; dueSoonDays?: number },
): ComplianceItem[] {
  const dueSoonDays = opts.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const items: ComplianceItem[] = [];
  const takenByBody = new Map<string, Set<string>>();
  for (const group of groupsOf(held, ruleSets, opts.asOf)) {
    const anchorSet = ruleSetFor(ruleSets, group.body, opts.asOf);
    if (!anchorSet) {
      items.push({
        body: group.body,
        credentials: group.held.map((h) => h.code),
        cycle: "current",
        cycleStart: opts.asOf,
        cycleEnd: opts.asOf,
        dueDate: opts.asOf,
        graceEnds: null,
        ...nothingTracked(),
        status: "active",
        explanation: `${group.body} has no continuing-education rules recorded in HIM Pathways; nothing is tracked.`,
        ruleSet: null,
      });
      continue;
    }
    const anchor = group.held[0]!.earnedOn;
    const withDates = group.held.find((h) => h.cycleStart && h.cycleEnd);
    const { current, previous } = cyclesAround({
      anchor,
      override: withDates ? { start: withDates.cycleStart!, end: withDates.cycleEnd! } : null,
      cycle: anchorSet.rules.cycle,
      asOf: opts.asOf,
    });
    const taken = takenByBody.get(group.body) ?? new Set<string>();
    const countOnce = anchorSet.rules.counting.countOnce;
    // A cycle that ended before tracking began here, with nothing logged in it, was renewed elsewhere.
    const untracked =
      previous !== null &&
      group.held.every((h) => h.trackedSince && previous.end < h.trackedSince) &&
      !entries.some((e) => e.date >= previous.start && e.date <= previous.end);
    const prevSet = previous ? ruleSetFor(ruleSets, group.body, previous.start) : null;
    const prev =
      previous && !untracked ? evaluateCycle(group, previous, prevSet, entries, countOnce ? taken : new Set()) : null;
    // AAPC: CEUs from the renewal month may count toward either cycle; ones the previous cycle did not need carry.
    let pool = entries;
    if (prev && previous && anchorSet.rules.counting.renewalMonthEitherCycle) {
      const lastMonth = previous.end.slice(0, 7);
      pool = entries.map((e) =>
        e.date.startsWith(lastMonth) && !prev.used.has(e.id) ? { ...e, date: current.start } : e,
      );
    }
    const curSet = ruleSetFor(ruleSets, group.body, current.start);
    const cur = evaluateCycle(group, current, curSet, pool, countOnce ? taken : new Set());
    const { status, previousStatus, graceEnds } = statusOf(
      curSet?.rules,
      prev?.item ?? null,
      cur.item,
      opts.asOf,
      dueSoonDays,
    );
    if (prev && previousStatus) {
      items.push({ ...prev.item, body: group.body, cycle: "previous", status: previousStatus, graceEnds });
    }
    items.push({
      ...cur.item,
      body: group.body,
      cycle: "current",
      status,
      graceEnds: previousStatus ? graceEnds : null,
    });
    if (countOnce) {
      for (const id of [...(prev?.used ?? []), ...cur.used]) taken.add(id);
      takenByBody.set(group.body, taken);
    }
  }
  return items;
}
