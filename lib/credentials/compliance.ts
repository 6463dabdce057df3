import type {
  ComplianceItem,
  CredentialStatus,
  EntryInput,
  HeldInput,
  RuleSetInput,
} from "@/lib/credentials/compliance-types";
import { addDays, daysBetween, monthsBetween } from "@/lib/dates";
import { round2 } from "@/lib/math";
import { cyclesAround, type Cycle } from "@/lib/credentials/cycles";
import { allocateMinimums } from "@/lib/credentials/minimums";
import type { RuleSet } from "@/lib/credentials/rule-set-schema";

// The compliance engine: for the credentials a person holds, their CEU entries and a date, what each body requires
// in the current cycle (and a missed previous one), what counts, what is still owed, and the status — every figure
// with the rule set it came from. Bodies that share one cycle across credentials (AAPC, AHIMA) are judged as one
// group; the others per credential. A CEU counts once within a body; different bodies each count it. Pure.

export const DEFAULT_DUE_SOON_DAYS = 90;

/** The figures of a cycle no rule set covers: nothing required, nothing counted (fresh arrays each time). */
const nothingTracked = (): Pick<
  ComplianceItem,
  "required" | "earned" | "remaining" | "minimums" | "quotas" | "met" | "counted" | "excluded"
> => ({
  required: 0,
  earned: 0,
  remaining: 0,
  minimums: [],
  quotas: [],
  met: true,
  counted: [],
  excluded: [],
});

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

type Group = { body: string; held: HeldInput[] };

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

function requiredFor(rules: RuleSet, held: HeldInput[]): number {
  const r = rules.requirement;
  const n = held.length;
  if (n === 0) return 0;
  switch (r.kind) {
    case "pooled_by_count":
      return r.byCount[Math.min(n, r.byCount.length) - 1]!;
    case "base_plus_additional": {
      const highest = Math.max(...held.map((h) => r.base[h.code] ?? h.ceuRequired ?? 0));
      return Math.min(r.max, highest + r.perAdditional * (n - 1));
    }
    case "per_credential":
      return r.ceus;
  }
}

const matches = (e: EntryInput, f: RuleSet["quotas"][number]["filter"]) =>
  (!f.sources || f.sources.includes(e.source)) &&
  (!f.topics || f.topics.some((t) => e.topics.includes(t))) &&
  (!f.hiimDomain || e.hiimDomain) &&
  (!f.externalBody || e.externalBody);

type CycleItem = Omit<ComplianceItem, "status" | "cycle" | "graceEnds" | "body">;
type CycleResult = { item: CycleItem; used: Set<string> };

function evaluateCycle(
  group: Group,
  cycle: Cycle,
  set: RuleSetInput | null,
  entries: EntryInput[],
  taken: Set<string>,
): CycleResult {
  const inCycle = group.held.filter((h) => h.earnedOn <= cycle.end);
  const codes = inCycle.map((h) => h.code);
  const base = {
    credentials: codes,
    cycleStart: cycle.start,
    cycleEnd: cycle.end,
    dueDate: cycle.due,
    ruleSet: set ? { key: set.key, source: set.source, confidence: set.confidence } : null,
  };
  if (!set) {
    return {
      item: {
        ...base,
        ...nothingTracked(),
        explanation: `No ${group.body} rule set is recorded for a cycle starting ${cycle.start}; nothing is counted.`,
      },
      used: new Set(),
    };
  }
  const rules = set.rules;
  const notes: string[] = [];
  let required = requiredFor(rules, inCycle);
  if (rules.firstCycleProrated && cycle.first) {
    const length = monthsBetween(cycle.start, addDays(cycle.end, 1));
    if (length < rules.cycle.months - 0.5) {
      const full = required;
      required = Math.ceil((full * length) / rules.cycle.months);
      notes.push(
        `First cycle of ${Math.round(length)} months: ${full} pro-rated to ${required} (HIM Pathways pro-rates by months, an assumption).`,
      );
    }
  }
  const earliest = inCycle.reduce((d, h) => (h.earnedOn < d ? h.earnedOn : d), inCycle[0]?.earnedOn ?? cycle.start);
  const cap = rules.quotas.find((q) => q.kind === "max_per_activity");

  const counted: EntryInput[] = [];
  const excluded: ComplianceItem["excluded"] = [];
  for (const e of entries) {
    if (e.date < cycle.start || e.date > cycle.end) continue;
    if (taken.has(e.id))
      excluded.push({ entryId: e.id, reason: `already counted for another ${group.body} credential` });
    else if (!rules.counting.beforeCertification && e.date < earliest)
      excluded.push({ entryId: e.id, reason: "earned before certification" });
    else if (e.appliesTo.length && !e.appliesTo.some((c) => codes.includes(c)))
      excluded.push({ entryId: e.id, reason: `set to count only for ${e.appliesTo.join(", ")}` });
    else counted.push(e);
  }
  const worth = (e: EntryInput) => (cap && matches(e, cap.filter) ? Math.min(e.ceus, cap.value) : e.ceus);
  const earned = round2(counted.reduce((sum, e) => sum + worth(e), 0));
  const cappedAway = round2(counted.reduce((sum, e) => sum + e.ceus - worth(e), 0));

  // Topic minimums of the credentials held, and AAPC's specialty CEUs for each specialty credential.
  const specialty = rules.specialty;
  const buckets = [
    ...rules.topicMinimums.filter((m) => codes.includes(m.credential)),
    ...(specialty
      ? specialty.credentials
          .filter((c) => codes.includes(c))
          .map((c) => ({ credential: c, topic: "specialty", ceus: specialty.perCredential }))
      : []),
  ].map((m) => ({ ...m, earnedOn: inCycle.find((h) => h.code === m.credential)!.earnedOn }));
  const allocation = allocateMinimums(
    buckets,
    counted.map((e) => ({ ...e, ceus: worth(e) })),
  );
  const minimums = buckets.map((b, i) => ({
    credential: b.credential,
    topic: b.topic,
    required: b.ceus,
    earned: round2(allocation.filled[i]!),
  }));

  const quotas = rules.quotas.map((q) => {
    const filtered = round2(counted.filter((e) => matches(e, q.filter)).reduce((s, e) => s + worth(e), 0));
    if (q.kind === "max_per_activity") {
      return {
        rule: q.label,
        required: q.value,
        earned: Math.max(0, ...counted.filter((e) => matches(e, q.filter)).map(worth)),
        met: true,
      };
    }
    const need = q.kind === "min_share" ? Math.ceil(q.value * required - 1e-9) : q.value;
    return { rule: q.label, required: need, earned: filtered, met: filtered >= need - 1e-9 };
  });

  const gaps = [
    required - earned,
    minimums.reduce((s, m) => s + Math.max(0, m.required - m.earned), 0),
    ...quotas.map((q) => Math.max(0, q.required - q.earned)),
  ];
  const remaining = round2(Math.max(0, ...gaps));

  // What this group uses up, so another group of the same body cannot count it again: the minimums' entries,
  // then the earliest entries until the total is reached.
  const used = new Set<string>(allocation.used);
  let total = counted.filter((e) => used.has(e.id)).reduce((s, e) => s + worth(e), 0);
  for (const e of [...counted].sort((a, b) => a.date.localeCompare(b.date))) {
    if (total >= required) break;
    if (used.has(e.id)) continue;
    used.add(e.id);
    total += worth(e);
  }

  const parts = [
    `${group.body} ${describeRequirement(rules, inCycle.length)}: ${required} CEUs for ${codes.join(" + ")} in the cycle ${cycle.start} to ${cycle.end}, due ${cycle.due} (rules ${set.key}, ${set.source}).`,
    ...notes,
    `${counted.length} ${counted.length === 1 ? "entry counts" : "entries count"} for ${earned} CEUs${cappedAway ? ` (${cappedAway} over the per-activity cap not counted)` : ""}.`,
    excluded.length ? `${excluded.length} ${excluded.length === 1 ? "entry does" : "entries do"} not count here.` : "",
    ...minimums
      .filter((m) => m.earned < m.required)
      .map((m) => `${m.credential} needs ${m.required} on ${m.topic.replace(/_/g, " ")}: ${m.earned} so far.`),
    ...quotas.filter((q) => !q.met).map((q) => `${q.rule}: ${q.earned} of ${q.required}.`),
    remaining > 0 ? `Still owed: ${remaining} CEUs by ${cycle.due}.` : "Requirements met for this cycle.",
  ];
  return {
    item: {
      ...base,
      required,
      earned,
      remaining,
      minimums,
      quotas,
      met: remaining <= 0,
      explanation: parts.filter(Boolean).join(" "),
      counted: counted.map((e) => ({
        entryId: e.id,
        ceus: worth(e),
        credential: allocation.creditTo.get(e.id) ?? null,
      })),
      excluded,
    },
    used,
  };
}

function describeRequirement(rules: RuleSet, n: number): string {
  const r = rules.requirement;
  if (r.kind === "pooled_by_count") return `pools CEUs across the ${n} credential${n === 1 ? "" : "s"} you hold`;
  if (r.kind === "base_plus_additional") return `adds ${r.perAdditional} per additional credential (at most ${r.max})`;
  return "counts each credential on its own";
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
