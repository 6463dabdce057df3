import type { ComplianceItem, EntryInput, HeldInput, RuleSetInput } from "@/lib/credentials/compliance-types";
import { evaluateCycle, nothingTracked, type CycleItem, type Group } from "@/lib/credentials/cycle-evaluation";
import { cyclesAround } from "@/lib/credentials/cycles";
import { customCycleSpan, customRuleSet } from "@/lib/credentials/custom-rules";
import { stagesAfter, statusOwed } from "@/lib/credentials/stages";

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

/** A body group: credentials judged together on one cycle (AAPC, AHIMA), or one credential on its own. */
function groupsOf(held: HeldInput[], sets: RuleSetInput[], asOf: string): Group[] {
  const groups: Group[] = [];
  const byBody = new Map<string, HeldInput[]>();
  for (const h of [...held].sort((a, b) => a.earnedOn.localeCompare(b.earnedOn) || a.code.localeCompare(b.code))) {
    if (h.custom) groups.push({ body: h.body, held: [h], custom: customRuleSet(h) });
    else byBody.set(h.body, [...(byBody.get(h.body) ?? []), h]);
  }
  for (const [body, list] of [...byBody].sort((a, b) => a[0].localeCompare(b[0]))) {
    const set = ruleSetFor(sets, body, asOf);
    if (set?.rules.cycle.synchronised) groups.push({ body, held: list });
    else for (const h of list) groups.push({ body, held: [h] });
  }
  return groups;
}

export type ComplianceOptions = {
  asOf: string;
  dueSoonDays?: number;
  /** Membership expiration dates by body code (AAPC's cycles follow them). */
  memberships?: Record<string, string>;
};

/** Compliance of every held credential on `asOf`: one item per body group and cycle (a missed previous cycle first). */
export function compliance(
  held: HeldInput[],
  entries: EntryInput[],
  ruleSets: RuleSetInput[],
  opts: ComplianceOptions,
): ComplianceItem[] {
  const dueSoonDays = opts.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const items: ComplianceItem[] = [];
  const takenByBody = new Map<string, Set<string>>();
  for (const group of groupsOf(held, ruleSets, opts.asOf)) {
    const setFor = (start: string) => group.custom ?? ruleSetFor(ruleSets, group.body, start);
    const anchorSet = setFor(opts.asOf);
    const custom = Boolean(group.custom);
    if (!anchorSet) {
      items.push(untracked(group, opts.asOf));
      continue;
    }
    const { current, previous, assumptions } = groupCycles(group, anchorSet, opts);
    // Custom credentials share nothing: each keeps its own record of what it used.
    const takenKey = custom ? `custom:${group.held[0]!.code}` : group.body;
    const taken = takenByBody.get(takenKey) ?? new Set<string>();
    const countOnce = anchorSet.rules.counting.countOnce;
    // A cycle that ended before tracking began here, with nothing logged in it, was renewed elsewhere.
    const untrackedPrevious =
      previous !== null &&
      group.held.every((h) => h.trackedSince && previous.end < h.trackedSince) &&
      !entries.some((e) => e.date >= previous.start && e.date <= previous.end);
    const prevSet = previous ? setFor(previous.start) : null;
    const prev =
      previous && !untrackedPrevious
        ? evaluateCycle(group, previous, prevSet, entries, countOnce ? taken : new Set())
        : null;
    // AAPC: CEUs from the renewal month may count toward either cycle; ones the previous cycle did not need carry.
    let pool = entries;
    if (prev && previous && anchorSet.rules.counting.renewalMonthEitherCycle) {
      const lastMonth = previous.end.slice(0, 7);
      pool = entries.map((e) =>
        e.date.startsWith(lastMonth) && !prev.used.has(e.id) ? { ...e, date: current.start } : e,
      );
    }
    const curSet = setFor(current.start);
    const cur = evaluateCycle(group, current, curSet, pool, countOnce ? taken : new Set());
    const stagesOf = (item: CycleItem, set: RuleSetInput | null) => stagesAfter(item.dueDate, set?.rules.status);
    const missed = prev && !prev.item.met ? prev.item : null;
    if (prev && missed) {
      const stages = stagesOf(missed, prevSet);
      const status = statusOwed(missed.dueDate, stages, opts.asOf, dueSoonDays);
      items.push({
        ...missed,
        ...stages,
        body: group.body,
        cycle: "previous",
        status,
        custom,
        assumptions: [...assumptions, ...missed.assumptions],
        explanation: `${missed.explanation} ${askReported(group.body, missed)}`,
      });
    }
    const currentStatus = missed
      ? items[items.length - 1]!.status
      : statusOwed(cur.item.dueDate, stagesOf(cur.item, curSet), opts.asOf, dueSoonDays);
    items.push({
      ...cur.item,
      ...stagesOf(cur.item, curSet),
      body: group.body,
      cycle: "current",
      status: !missed && cur.item.met ? "active" : currentStatus,
      custom,
      assumptions: [...assumptions, ...cur.item.assumptions],
    });
    if (countOnce) {
      for (const id of [...(prev?.used ?? []), ...cur.used]) taken.add(id);
      takenByBody.set(takenKey, taken);
    }
  }
  return items;
}

/** The group's current and previous cycles, and what about them is only an estimate. */
function groupCycles(group: Group, set: RuleSetInput, opts: ComplianceOptions) {
  const anchor = group.held[0]!.earnedOn;
  const withDates = group.held.find((h) => h.cycleStart && h.cycleEnd);
  const override = group.custom
    ? customCycleSpan(group.held[0]!)
    : withDates
      ? { start: withDates.cycleStart!, end: withDates.cycleEnd! }
      : null;
  const cycle = set.rules.cycle;
  const membershipExpires = opts.memberships?.[group.body] ?? null;
  const cycles = cyclesAround({ anchor, override, cycle, asOf: opts.asOf, membershipExpires });
  const assumptions: string[] = [];
  if (cycle.start === "membership_expiration" && !membershipExpires && !override) {
    assumptions.push(
      `${group.body} CEUs are due on your ${group.body} membership expiration date. Until you enter it, the due ` +
        `date ${cycles.current.due} is a guess counted from your certification date.`,
    );
  }
  return { ...cycles, assumptions };
}

/** A past cycle that looks short may simply have been reported to the body before tracking began here. */
function askReported(body: string, item: CycleItem): string {
  return (
    `This cycle looks ${item.remaining} CEUs short here. Did you report it to ${body}? ` +
    "If you did, mark it as reported and it counts as met."
  );
}

function untracked(group: Group, asOf: string): ComplianceItem {
  return {
    body: group.body,
    credentials: group.held.map((h) => h.code),
    cycle: "current",
    cycleStart: asOf,
    cycleEnd: asOf,
    dueDate: asOf,
    graceEnds: null,
    lateFeeEnds: null,
    revokedOn: null,
    ...nothingTracked(),
    status: "active",
    explanation: `${group.body} has no continuing-education rules recorded in HIM Pathways; nothing is tracked.`,
    ruleSet: null,
    reportedOn: null,
    replaced: [],
    custom: false,
    assumptions: [],
  };
}
