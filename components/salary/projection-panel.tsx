"use client";

import { useMemo } from "react";
import { ChartFrame, moneyColumn, type Column } from "@/components/charts/chart-frame";
import { CumulativeChart } from "@/components/charts/cumulative-chart";
import { PayBandChart } from "@/components/charts/pay-band-chart";
import { AssumptionsForm } from "@/components/salary/assumptions-form";
import { ProjectionNotes } from "@/components/salary/projection-notes";
import { useAssumptions } from "@/components/salary/use-assumptions";
import { rolesOnPlans } from "@/lib/salary/compare";
import { basisLabel } from "@/lib/salary/labels";
import { project, type ProjectionRequest } from "@/lib/salary/projection";
import { bandSummary, cumulativeSummary } from "@/lib/salary/summaries";
import type { PayContext, Projection, YearRow } from "@/lib/salary/types";
import type { AssumptionsInput } from "@/lib/salary/validation";

type Props = {
  ctx: PayContext;
  request: Omit<ProjectionRequest, "assumptions">;
  initial: AssumptionsInput;
  defaults: AssumptionsInput;
  /** Notes from the server that the projection itself cannot know (e.g. how long ago the plan was saved). */
  extraNotes?: string[];
  fileStem: string;
};

// A stable default, so the projection's memo does not recompute on every render.
const NO_NOTES: string[] = [];

type Cumulative = Projection["cumulative"][number];

/** A plan's pay projection: assumptions on the left, the band chart and the cumulative chart with their tables. */
export function ProjectionPanel({ ctx, request, initial, defaults, extraNotes = NO_NOTES, fileStem }: Props) {
  const { form, applied } = useAssumptions(initial, defaults);
  const projection: Projection = useMemo(() => {
    const p = project(ctx, { ...request, assumptions: applied });
    return { ...p, notes: [...extraNotes, ...p.notes] };
  }, [ctx, request, applied, extraNotes]);
  const roles = useMemo(() => rolesOnPlans([request]), [request]);

  const yearColumns: Column<YearRow>[] = [
    { key: "year", label: "Year", value: (r) => r.calendarYear },
    { key: "role", label: "Role", value: (r) => r.title },
    moneyColumn("p25", "25th percentile", (r) => r.p25),
    moneyColumn("median", "Median", (r) => r.median),
    moneyColumn("p75", "75th percentile", (r) => r.p75),
    moneyColumn("pay", "Your expected pay", (r) => r.pay),
    moneyColumn("costs", "Exam and renewal costs", (r) => r.costs),
    { key: "basis", label: "Figure (source, year)", value: (r) => basisLabel(ctx, r) },
  ];
  const cumColumns: Column<Cumulative>[] = [
    { key: "year", label: "By the end of", value: (r) => ctx.thisYear + r.year },
    moneyColumn("plan", "Following the plan", (r) => r.plan),
    moneyColumn("stay", "Staying put", (r) => r.stay),
    moneyColumn("diff", "Difference", (r) => (r.plan === null || r.stay === null ? null : Math.round(r.plan - r.stay))),
  ];
  const cumSummary = cumulativeSummary(projection, ctx.thisYear);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,20rem)_minmax(0,1fr)]">
      <div>
        <h3 className="text-lg font-semibold">Assumptions</h3>
        <div className="mt-2">
          <AssumptionsForm idPrefix="proj" {...form} ctx={ctx} resolved={projection.assumptions} roles={roles} />
        </div>
      </div>
      <div className="min-w-0 space-y-6">
        <p className="sr-only" aria-live="polite">
          {cumSummary}
        </p>
        <ChartFrame
          title="Pay band along the plan"
          summary={bandSummary(projection, ctx.thisYear)}
          table={{ columns: yearColumns, rows: projection.years, csvName: `${fileStem}-pay-by-year.csv` }}
          footer={<ProjectionNotes projection={projection} ctx={ctx} />}
        >
          <PayBandChart projection={projection} thisYear={ctx.thisYear} />
        </ChartFrame>
        <ChartFrame
          title="Cumulative earnings against staying put"
          summary={cumSummary}
          table={{ columns: cumColumns, rows: projection.cumulative, csvName: `${fileStem}-cumulative.csv` }}
          footer={
            <p>
              Earnings are each year&apos;s expected pay less that year&apos;s exam and renewal fees, added up. Same
              sources and assumptions as above.
            </p>
          }
        >
          <CumulativeChart projection={projection} thisYear={ctx.thisYear} />
        </ChartFrame>
      </div>
    </div>
  );
}
