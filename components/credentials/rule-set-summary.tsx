import { SourceNote } from "@/components/ui/source-note";
import type { RuleSetView } from "@/lib/credentials/queries";

function period(from: string | null, to: string | null): string {
  if (from && to) return `for cycles from ${from} until ${to}`;
  if (from) return `for cycles from ${from}`;
  if (to) return `for cycles before ${to}`;
  return "currently in force";
}

function requirementText(r: RuleSetView["rules"]["requirement"]): string {
  switch (r.kind) {
    case "pooled_by_count":
      return `One pooled total per cycle by how many of the body's credentials you hold: ${r.byCount
        .map((n, i) => `${i + 1}${i === r.byCount.length - 1 ? " or more" : ""} → ${n}`)
        .join(", ")}.`;
    case "base_plus_additional":
      return (
        `The highest single-credential figure, plus ${r.perAdditional} for each additional credential, ` +
        `${r.max} at most.`
      );
    case "per_credential":
      return `${r.ceus} per credential per cycle.`;
  }
}

/** A body's rule set in words, with its effective period and source. */
export function RuleSetSummary({ ruleSet }: { ruleSet: RuleSetView }) {
  const { rules } = ruleSet;
  return (
    <div className="mt-4 rounded-md border border-slate-200 p-4 dark:border-slate-800">
      <h3 className="font-semibold">Rules {period(ruleSet.effectiveFrom, ruleSet.effectiveTo)}</h3>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        <li>
          Cycle: {rules.cycle.months} months
          {rules.cycle.start === "calendar_year" ? ", by calendar year" : ", counted from certification"}
          {rules.cycle.synchronised ? "; several credentials share one cycle" : ""}.
        </li>
        <li>{requirementText(rules.requirement)}</li>
        {rules.topicMinimums.map((m) => (
          <li key={`${m.credential}-${m.topic}`}>
            {m.credential}: at least {m.ceus} on {m.topic.replace(/_/g, " ")}.
          </li>
        ))}
        {rules.quotas.map((q) => (
          <li key={q.label}>{q.label}.</li>
        ))}
        {rules.status.graceDays !== null ? (
          <li>
            {rules.status.graceDays > 0
              ? `Grace period: ${rules.status.graceDays} days after the due date.`
              : "No grace period."}
          </li>
        ) : null}
        {rules.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
        {rules.alternatives.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      {ruleSet.note ? <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{ruleSet.note}</p> : null}
      <p className="mt-2">
        <SourceNote source={ruleSet.source} confidence={ruleSet.confidence} />
      </p>
    </div>
  );
}
