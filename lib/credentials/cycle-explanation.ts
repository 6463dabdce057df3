import type { ComplianceItem } from "@/lib/credentials/compliance-types";
import type { Cycle } from "@/lib/credentials/cycles";
import type { RuleSet } from "@/lib/credentials/rule-set-schema";

// The sentence under every cycle: which rule applied, what counted, what did not, what is still owed. Pure.

export type CycleFacts = {
  body: string;
  cycle: Cycle;
  codes: string[];
  rules: RuleSet;
  ruleSet: { key: string; source: string };
  required: number;
  notes: string[];
  countedEntries: number;
  earned: number;
  cappedAway: number;
  excludedEntries: number;
  minimums: ComplianceItem["minimums"];
  quotas: ComplianceItem["quotas"];
  remaining: number;
  reportedOn: string | null;
};

export function explainCycle(f: CycleFacts): string {
  const { cycle } = f;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    `${f.body} ${describeRequirement(f.rules, f.codes.length)}: ${f.required} CEUs for ${f.codes.join(" + ")}` +
      ` in the cycle ${cycle.start} to ${cycle.end}, due ${cycle.due} (rules ${f.ruleSet.key}, ${f.ruleSet.source}).`,
    ...f.notes,
    `${plural(f.countedEntries, "entry counts", "entries count")} for ${f.earned} CEUs` +
      `${f.cappedAway ? ` (${f.cappedAway} over the per-activity cap not counted)` : ""}.`,
    f.excludedEntries ? `${plural(f.excludedEntries, "entry does", "entries do")} not count here.` : "",
    ...f.minimums
      .filter((m) => m.earned < m.required)
      .map((m) => `${m.credential} needs ${m.required} on ${m.topic.replace(/_/g, " ")}: ${m.earned} so far.`),
    ...f.quotas.filter((q) => !q.met).map((q) => `${q.rule}: ${q.earned} of ${q.required}.`),
    f.reportedOn
      ? `Reported to ${f.body} on ${f.reportedOn}: counted as met, whatever the log here holds.`
      : f.remaining > 0
        ? `Still owed: ${f.remaining} CEUs by ${cycle.due}.`
        : "Requirements met for this cycle.",
  ];
  return parts.filter(Boolean).join(" ");
}

function describeRequirement(rules: RuleSet, n: number): string {
  const r = rules.requirement;
  if (r.kind === "pooled_by_count") return `pools CEUs across the ${n} credential${n === 1 ? "" : "s"} you hold`;
  if (r.kind === "base_plus_additional") return `adds ${r.perAdditional} per additional credential (at most ${r.max})`;
  return "counts each credential on its own";
}
