import { deadlinesOf, stageWords } from "@/lib/credentials/deadlines";
import type { ComplianceItem } from "@/lib/credentials/compliance-types";

/** A cycle's dates in one line: due, and while CEUs are owed, each later stage the body sets. */
export function StageDates({ item, className = "" }: { item: ComplianceItem; className?: string }) {
  const dates = deadlinesOf(item).filter((d) => d.stage !== "window_opens");
  if (dates.length === 0) return null;
  return (
    <p className={`text-sm text-slate-700 dark:text-slate-300 ${className}`}>
      {dates.map((d, i) => (
        <span key={d.stage}>
          {i > 0 ? " · " : null}
          {stageWords[d.stage]} <time dateTime={d.date}>{d.date}</time>
        </span>
      ))}
    </p>
  );
}

/** What is only an estimate here, and how to make it exact. */
export function Assumptions({ item }: { item: ComplianceItem }) {
  if (item.assumptions.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1 text-sm text-amber-900 dark:text-amber-200">
      {item.assumptions.map((a) => (
        <li key={a}>
          <span className="font-semibold">Estimate: </span>
          {a}
        </li>
      ))}
    </ul>
  );
}
