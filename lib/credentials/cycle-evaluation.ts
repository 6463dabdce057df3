import type { ComplianceItem, EntryInput, HeldInput, RuleSetInput } from "@/lib/credentials/compliance-types";
import { explainCycle } from "@/lib/credentials/cycle-explanation";
import type { Cycle } from "@/lib/credentials/cycles";
import { allocateMinimums } from "@/lib/credentials/minimums";
import { cycleRequirement, inForce } from "@/lib/credentials/requirement";
import type { RuleSet } from "@/lib/credentials/rule-set-schema";
import { round2 } from "@/lib/math";

// One cycle of one body group judged: what is required (lib/credentials/requirement.ts), which entries count and
// which do not (and why), topic minimums and quotas, what is still owed, and which entries this cycle uses up so
// another group of the same body cannot count them again. Pure.

/** Credentials judged on one cycle; `custom` carries the rules of a credential from outside the catalog. */
export type Group = { body: string; held: HeldInput[]; custom?: RuleSetInput | null };

/** The figures of a cycle no rule set covers: nothing required, nothing counted (fresh arrays each time). */
export const nothingTracked = (): Pick<
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

export type CycleItem = Omit<
  ComplianceItem,
  "status" | "cycle" | "graceEnds" | "lateFeeEnds" | "revokedOn" | "body" | "custom"
>;
export type CycleResult = { item: CycleItem; used: Set<string> };

const matches = (e: EntryInput, f: RuleSet["quotas"][number]["filter"]) =>
  (!f.sources || f.sources.includes(e.source)) &&
  (!f.topics || f.topics.some((t) => e.topics.includes(t))) &&
  (!f.hiimDomain || e.hiimDomain) &&
  (!f.externalBody || e.externalBody);

export function evaluateCycle(
  group: Group,
  cycle: Cycle,
  set: RuleSetInput | null,
  entries: EntryInput[],
  taken: Set<string>,
): CycleResult {
  const { active, replaced } = inForce(group.held, cycle.end);
  const codes = active.map((h) => h.code);
  const reported = group.held.flatMap((h) => h.reported ?? []).find((r) => r.cycleEnd === cycle.end);
  const base = {
    credentials: codes,
    cycleStart: cycle.start,
    cycleEnd: cycle.end,
    dueDate: cycle.due,
    ruleSet: set ? { key: set.key, source: set.source, confidence: set.confidence } : null,
    reportedOn: reported?.reportedOn ?? null,
    replaced,
  };
  if (!set) {
    return {
      item: {
        ...base,
        ...nothingTracked(),
        assumptions: [],
        explanation: `No ${group.body} rule set is recorded for a cycle starting ${cycle.start}; nothing is counted.`,
      },
      used: new Set(),
    };
  }
  const rules = set.rules;
  const { required, notes, assumptions } = cycleRequirement(group.body, rules, active, replaced, cycle);
  const inCycle = active;
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
        kind: q.kind,
        required: q.value,
        earned: Math.max(0, ...counted.filter((e) => matches(e, q.filter)).map(worth)),
        met: true,
      };
    }
    const need = q.kind === "min_share" ? Math.ceil(q.value * required - 1e-9) : q.value;
    return { rule: q.label, kind: q.kind, required: need, earned: filtered, met: filtered >= need - 1e-9 };
  });

  const gaps = [
    required - earned,
    minimums.reduce((s, m) => s + Math.max(0, m.required - m.earned), 0),
    // A per-activity cap limits what counts; it asks for nothing itself.
    ...quotas.filter((q) => q.kind !== "max_per_activity").map((q) => Math.max(0, q.required - q.earned)),
  ];
  // A cycle reported to the body is met whatever the log holds here (the person started tracking mid-career).
  const remaining = reported ? 0 : round2(Math.max(0, ...gaps));

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

  return {
    item: {
      ...base,
      required,
      earned,
      remaining,
      minimums,
      quotas,
      met: remaining <= 0,
      assumptions,
      explanation: explainCycle({
        body: group.body,
        cycle,
        codes,
        rules,
        ruleSet: set,
        required,
        notes,
        countedEntries: counted.length,
        earned,
        cappedAway,
        excludedEntries: excluded.length,
        minimums,
        quotas,
        remaining,
        reportedOn: base.reportedOn,
      }),
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
