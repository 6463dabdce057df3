import { ConfidenceBadge } from "@/components/ui/confidence-badge";
import { SourceCitation } from "@/components/ui/source-note";
import { ordinal } from "@/lib/format";
import { describeGrowth } from "@/lib/salary/growth";
import type { PayContext, Projection } from "@/lib/salary/types";

/** Beneath every projection chart: its sources (with year and confidence), its assumptions, and its caveats. */
export function ProjectionNotes({ projection, ctx }: { projection: Projection; ctx: PayContext }) {
  const a = projection.assumptions;
  const growth = ctx.derivedGrowth.percent;
  const own = Object.keys(a.ownPay);
  return (
    <>
      <div>
        <h4 className="font-semibold">Sources</h4>
        {projection.sources.length ? (
          <ul className="mt-1 space-y-1">
            {projection.sources.map((s) => (
              <li key={s.key}>
                <SourceCitation source={s} confidence={s.confidence} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1">No published figure is used: every figure here is your own.</p>
        )}
      </div>
      <div>
        <h4 className="font-semibold">Assumptions</h4>
        <ul className="mt-1 list-disc space-y-1 pl-5">
          <li>
            <ConfidenceBadge confidence="assumption" /> Yearly raise {a.raisePercent}%
            {growth !== null && a.raisePercent === growth
              ? ` (the default: ${describeGrowth(ctx.derivedGrowth)})`
              : " (your choice)"}
            .
          </li>
          <li>
            <ConfidenceBadge confidence="assumption" /> Older figures brought to {ctx.thisYear} at {a.baseYearPercent}%
            a year.
          </li>
          <li>
            <ConfidenceBadge confidence="assumption" /> Your place in each band: the {ordinal(a.position)} percentile
            {a.positionFrom === "salary"
              ? ", from your salary"
              : a.positionFrom === "chosen"
                ? ", your choice"
                : " (the median, by default)"}
            .
          </li>
          <li>
            {a.currentSalary !== null
              ? `Staying put starts from your salary of $${a.currentSalary.toLocaleString("en-US")}.`
              : "No salary given: staying put is your current role's band at your place in it."}{" "}
            Exam fees at non-member prices; {a.includeRenewals ? "renewal fees counted." : "renewal fees not counted."}
          </li>
          {own.length ? <li>Your own figures for: {own.map((s) => ctx.roles[s]?.title ?? s).join(", ")}.</li> : null}
        </ul>
      </div>
      {projection.notes.length ? (
        <div>
          <h4 className="font-semibold">Worth knowing</h4>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {projection.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
