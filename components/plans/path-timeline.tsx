import type { EarnItem, PlanStep } from "@/lib/ladder/planner-types";
import { TextLink } from "@/components/ui/text-link";
import { formatUsd } from "@/lib/format";
import { whatIfHref } from "@/lib/salary/scenario-params";

// One path as a timeline: each role with when it starts and how long it lasts, and what to earn there, in order,
// with the earliest date and the reason. Optional items (typical for the role you arrive in) are set apart.

function cost(item: EarnItem): string {
  if (item.kind !== "credential") return "cost not counted";
  if (item.cost === null) return "fee not recorded";
  return item.cost === 0 ? "no fee" : formatUsd(item.cost);
}

function Items({ items, keepLinks }: { items: EarnItem[]; keepLinks: boolean }) {
  return (
    <ul className="mt-1 space-y-1.5">
      {items.map((e) => (
        <li key={`${e.kind}-${e.code}-${e.atYear}`} className="text-sm">
          <span className="font-medium">{e.kind === "credential" ? e.code : e.label}</span>
          {e.kind === "credential" ? <span className="text-slate-600 dark:text-slate-400"> {e.label}</span> : null}
          <span className="text-slate-600 dark:text-slate-400">
            {" "}
            · from {e.earliestDate} · {cost(e)}
          </span>
          <p className="text-xs text-slate-600 dark:text-slate-400">{e.reason}</p>
          {keepLinks && e.kind === "credential" ? (
            <p className="text-xs">
              {/* Not prefetched: each answer is worked out on request, and a plan can name many credentials. */}
              <TextLink href={whatIfHref(e.code, e.earliestDate)} prefetch={false}>
                What it costs to keep {e.code}
              </TextLink>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** When a step starts, and how long it lasts (the last step is where the path arrives, so it has no length). */
function when(step: PlanStep, last: boolean): string {
  const from = `${step.startDate} (year ${step.startYear})`;
  if (last) return `Arrive from ${from}`;
  const upTo = step.yearsMax > step.years ? `, typically up to ${step.yearsMax}` : "";
  return `From ${from} · ${step.years} ${step.years === 1 ? "year" : "years"} here${upTo}`;
}

export function PathTimeline({
  steps,
  done,
  renderToggle,
  keepLinks = false,
}: {
  steps: PlanStep[];
  done?: number[];
  renderToggle?: (index: number) => React.ReactNode;
  /** Beside each credential, a link to what keeping it would cost (a saved plan's owner is signed in). */
  keepLinks?: boolean;
}) {
  return (
    <ol className="relative mt-3 space-y-4 border-l-2 border-slate-200 pl-4 dark:border-slate-700">
      {steps.map((step, i) => {
        const last = i === steps.length - 1;
        const required = step.earn.filter((e) => !e.optional);
        const optional = step.earn.filter((e) => e.optional);
        const isDone = done?.includes(i);
        return (
          <li key={`${step.role}-${i}`} className="relative">
            <span
              aria-hidden="true"
              className={`absolute -left-[1.4rem] top-1.5 h-3 w-3 rounded-full border-2 ${
                isDone
                  ? "border-emerald-700 bg-emerald-600"
                  : last
                    ? "border-amber-600 bg-amber-400"
                    : "border-brand-700 bg-white dark:bg-slate-900"
              }`}
            />
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p className="font-semibold">
                {step.title}
                {isDone ? (
                  <span className="ml-2 text-sm font-normal text-emerald-800 dark:text-emerald-300">(done)</span>
                ) : null}
              </p>
              {renderToggle ? renderToggle(i) : null}
            </div>
            <p className="text-sm text-slate-600 dark:text-slate-400">{when(step, last)}</p>
            {required.length ? <Items items={required} keepLinks={keepLinks} /> : null}
            {optional.length ? (
              <div className="mt-2">
                <p className="text-sm font-medium">Next goals in this role (optional)</p>
                <Items items={optional} keepLinks={keepLinks} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
