import type { PlannedPath } from "@/lib/ladder/planner-types";
import { formatUsd } from "@/lib/format";

/** The figures to compare paths by: time, fees, pay at the end, and (best_pay) earnings over the horizon. */
export function PathSummary({ path, horizonYears }: { path: PlannedPath; horizonYears?: number }) {
  const arrive = path.steps.at(-1)!.startDate;
  return (
    <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
      <dt className="font-medium">Time</dt>
      <dd>
        {path.totalYears} {path.totalYears === 1 ? "year" : "years"}
        {path.totalYearsMax > path.totalYears ? ` (typically up to ${path.totalYearsMax})` : ""} · arrive {arrive}
      </dd>
      <dt className="font-medium">Exam fees</dt>
      <dd>
        {path.costIncomplete ? "at least " : ""}
        {formatUsd(path.totalCost)}
        {path.costIncomplete ? " (a fee on the way is not recorded)" : ""}
      </dd>
      <dt className="font-medium">Pay at the end</dt>
      <dd>
        {path.endMedianPay !== null
          ? `${formatUsd(path.endMedianPay)} median (${path.endPaySource ?? "see the role's sources on the ladder"})`
          : "No published median for this role"}
      </dd>
      {path.earningsOverHorizon !== undefined ? (
        <>
          <dt className="font-medium">Earnings</dt>
          <dd>
            {formatUsd(path.earningsOverHorizon)} over {horizonYears} years, less fees (an estimate from each
            role&apos;s median or range midpoint: an assumption)
          </dd>
        </>
      ) : null}
    </dl>
  );
}
