"use client";

import { useMemo } from "react";
import { ChartFrame, moneyColumn, type Column } from "@/components/charts/chart-frame";
import { CompareLines } from "@/components/charts/compare-charts";
import { AssumptionsForm } from "@/components/salary/assumptions-form";
import { ProjectionNotes } from "@/components/salary/projection-notes";
import { useAssumptions } from "@/components/salary/use-assumptions";
import { Section } from "@/components/ui/section";
import {
  compareCumulativeRows,
  comparePayRows,
  mergeNotes,
  rolesOnPlans,
  sameStart,
  type CompareRow,
} from "@/lib/salary/compare";
import { basisLabel } from "@/lib/salary/labels";
import { defaultHorizon, project, type ProjectionRequest } from "@/lib/salary/projection";
import { compareCumulativeSummary, comparePaySummary } from "@/lib/salary/summaries";
import type { PayContext } from "@/lib/salary/types";
import type { AssumptionsInput } from "@/lib/salary/validation";

type PlanInput = { id: string; name: string; request: Omit<ProjectionRequest, "assumptions"> };

/** Two or three saved plans projected with the same assumptions, on one chart each for pay and for earnings. */
export function ComparePanel({
  ctx,
  plans,
  initial,
  defaults,
}: {
  ctx: PayContext;
  plans: PlanInput[];
  initial: AssumptionsInput;
  defaults: AssumptionsInput;
}) {
  const keep = useMemo(() => plans.map((p): [string, string] => ["ids", p.id]), [plans]);
  const { form, applied } = useAssumptions(initial, defaults, keep);
  // One horizon for all, long enough for the longest plan, so the lines cover the same years.
  const horizon = applied.horizonYears ?? Math.max(...plans.map((p) => defaultHorizon(p.request.path)));
  const projections = useMemo(
    () => plans.map((p) => project(ctx, { ...p.request, assumptions: { ...applied, horizonYears: horizon } })),
    [ctx, plans, applied, horizon],
  );
  const requests = plans.map((p) => p.request);
  const withStay = sameStart(requests);
  const series = plans.map((p, i) => ({ key: `p${i}`, name: p.name }));
  const payRows = comparePayRows(projections, horizon);
  const cumRows = compareCumulativeRows(projections, horizon, withStay);
  const named = plans.map((p, i) => ({ name: p.name, projection: projections[i]! }));
  const end = ctx.thisYear + horizon - 1;
  const cumSummary = compareCumulativeSummary(named, end, ctx.thisYear, withStay);

  const payColumns: Column<CompareRow>[] = [
    { key: "year", label: "Year", value: (r) => ctx.thisYear + r.year },
    ...plans.flatMap((p, i): Column<CompareRow>[] => [
      { key: `r${i}`, label: `${p.name}: role`, value: (r) => projections[i]!.years[r.year]?.title ?? null },
      moneyColumn(`p${i}`, `${p.name}: your expected pay`, (r) => r[`p${i}`]),
      {
        key: `b${i}`,
        label: `${p.name}: figure (source, year)`,
        value: (r) => {
          const y = projections[i]!.years[r.year];
          return y ? basisLabel(ctx, y) : null;
        },
      },
    ]),
  ];
  const cumColumns: Column<CompareRow>[] = [
    { key: "year", label: "By the end of", value: (r) => ctx.thisYear + r.year },
    ...plans.map((p, i) => moneyColumn<CompareRow>(`p${i}`, p.name, (r) => r[`p${i}`])),
    ...(withStay ? [moneyColumn<CompareRow>("stay", "Staying put", (r) => r.stay)] : []),
  ];

  return (
    <div className="space-y-6">
      <Section as="details" padding="p-4" open>
        <summary className="cursor-pointer text-lg font-semibold">Assumptions (shared by every plan)</summary>
        <div className="mt-3">
          <AssumptionsForm
            idPrefix="cmp"
            {...form}
            ctx={ctx}
            resolved={projections[0]?.assumptions ?? null}
            roles={rolesOnPlans(requests)}
            wide
          />
        </div>
      </Section>
      <p className="sr-only" aria-live="polite">
        {cumSummary}
      </p>
      <ChartFrame
        title="Expected pay, plan by plan"
        summary={comparePaySummary(named, end)}
        table={{ columns: payColumns, rows: payRows, csvName: "plans-compared-pay.csv" }}
        footer={<ProjectionNotes projection={mergeNotes(projections)} ctx={ctx} />}
      >
        <CompareLines rows={payRows} series={series} thisYear={ctx.thisYear} />
      </ChartFrame>
      <ChartFrame
        title="Cumulative earnings, plan by plan"
        summary={cumSummary}
        table={{ columns: cumColumns, rows: cumRows, csvName: "plans-compared-cumulative.csv" }}
        footer={
          <p>
            Each plan&apos;s expected pay less its exam and renewal fees, added up year by year, against staying where
            you are. Same sources and assumptions as above.
          </p>
        }
      >
        <CompareLines rows={cumRows} series={series} thisYear={ctx.thisYear} stayKey={withStay ? "stay" : undefined} />
      </ChartFrame>
    </div>
  );
}
