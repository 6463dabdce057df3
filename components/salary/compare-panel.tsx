"use client";

import { useMemo } from "react";
import { ChartFrame, type Column } from "@/components/charts/chart-frame";
import { CompareLines, type CompareRow } from "@/components/charts/compare-charts";
import { AssumptionsForm } from "@/components/salary/assumptions-form";
import { ProjectionNotes } from "@/components/salary/projection-notes";
import { useAssumptions } from "@/components/salary/use-assumptions";
import { formatUsd } from "@/lib/format";
import { basisLabel } from "@/lib/salary/labels";
import { defaultHorizon, project, type ProjectionRequest } from "@/lib/salary/projection";
import type { PayContext } from "@/lib/salary/types";
import type { AssumptionsInput } from "@/lib/salary/validation";

type PlanInput = { id: string; name: string; request: Omit<ProjectionRequest, "assumptions"> };

const usd = (n: number | null | undefined) => (n === null || n === undefined ? "—" : formatUsd(n));

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
  const { fields, setFields, errors, applied, reset } = useAssumptions(initial, defaults, keep);
  // One horizon for all, long enough for the longest plan, so the lines cover the same years.
  const horizon = applied.horizonYears ?? Math.max(...plans.map((p) => defaultHorizon(p.request.path)));
  const projections = useMemo(
    () => plans.map((p) => project(ctx, { ...p.request, assumptions: { ...applied, horizonYears: horizon } })),
    [ctx, plans, applied, horizon],
  );
  // Staying put only means one thing when every plan starts from the same role.
  const sameStart = new Set(plans.map((p) => p.request.currentRole)).size === 1;
  const series = plans.map((p, i) => ({ key: `p${i}`, name: p.name }));
  const payRows: CompareRow[] = Array.from({ length: horizon }, (_, y) => ({
    year: y,
    ...Object.fromEntries(projections.map((pr, i) => [`p${i}`, pr.years[y]?.pay ?? null])),
  }));
  const cumRows: CompareRow[] = Array.from({ length: horizon }, (_, y) => ({
    year: y,
    ...Object.fromEntries(projections.map((pr, i) => [`p${i}`, pr.cumulative[y]?.plan ?? null])),
    stay: sameStart ? (projections[0]?.cumulative[y]?.stay ?? null) : null,
  }));
  const roles = [
    ...new Set(
      plans
        .flatMap((p) => [p.request.currentRole, ...p.request.path.steps.map((s) => s.role)])
        .filter((r): r is string => !!r),
    ),
  ];

  const payColumns: Column<CompareRow>[] = [
    { key: "year", label: "Year", value: (r) => ctx.thisYear + r.year },
    ...plans.flatMap((p, i): Column<CompareRow>[] => [
      { key: `r${i}`, label: `${p.name}: role`, value: (r) => projections[i]!.years[r.year]?.title ?? null },
      {
        key: `p${i}`,
        label: `${p.name}: your expected pay`,
        value: (r) => r[`p${i}`] ?? null,
        format: (r) => usd(r[`p${i}`]),
        numeric: true,
      },
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
    ...plans.map((p, i): Column<CompareRow> => ({
      key: `p${i}`,
      label: p.name,
      value: (r) => r[`p${i}`] ?? null,
      format: (r) => usd(r[`p${i}`]),
      numeric: true,
    })),
    ...(sameStart
      ? [
          {
            key: "stay",
            label: "Staying put",
            value: (r: CompareRow) => r.stay ?? null,
            format: (r: CompareRow) => usd(r.stay),
            numeric: true,
          },
        ]
      : []),
  ];
  const end = ctx.thisYear + horizon - 1;
  const paySummary = `Expected pay on each plan to ${end}: ${plans.map((p, i) => `${p.name} ${usd(projections[i]!.years.at(-1)?.pay)} in ${end}`).join("; ")}.`;
  const cumSummary = `Cumulative earnings, less costs, by the end of ${end}: ${plans.map((p, i) => `${p.name} ${usd(projections[i]!.cumulative.at(-1)?.plan)}${projections[i]!.breakEvenYear !== null ? ` (ahead of staying put from ${ctx.thisYear + projections[i]!.breakEvenYear!})` : ""}`).join("; ")}${sameStart ? `; staying put ${usd(projections[0]?.cumulative.at(-1)?.stay)}` : " (the plans start from different roles, so staying put is not shown)"}.`;

  // Sources and caveats of every plan, once each.
  const merged = {
    ...projections[0]!,
    sources: [...new Map(projections.flatMap((p) => p.sources).map((s) => [s.key, s])).values()],
    notes: [...new Set(projections.flatMap((p) => p.notes))],
  };

  return (
    <div className="space-y-6">
      <details className="rounded-lg border border-slate-200 p-4 dark:border-slate-800" open>
        <summary className="cursor-pointer text-lg font-semibold">Assumptions (shared by every plan)</summary>
        <div className="mt-3">
          <AssumptionsForm
            idPrefix="cmp"
            fields={fields}
            errors={errors}
            onChange={setFields}
            onReset={reset}
            ctx={ctx}
            resolved={projections[0]?.assumptions ?? null}
            roles={roles}
            wide
          />
        </div>
      </details>
      <p className="sr-only" aria-live="polite">
        {cumSummary}
      </p>
      <ChartFrame
        title="Expected pay, plan by plan"
        summary={paySummary}
        csvName="plans-compared-pay.csv"
        columns={payColumns}
        rows={payRows}
        footer={<ProjectionNotes projection={merged} ctx={ctx} />}
      >
        <CompareLines rows={payRows} series={series} thisYear={ctx.thisYear} />
      </ChartFrame>
      <ChartFrame
        title="Cumulative earnings, plan by plan"
        summary={cumSummary}
        csvName="plans-compared-cumulative.csv"
        columns={cumColumns}
        rows={cumRows}
        footer={
          <p>
            Each plan&apos;s expected pay less its exam and renewal fees, added up year by year, against staying where
            you are. Same sources and assumptions as above.
          </p>
        }
      >
        <CompareLines rows={cumRows} series={series} thisYear={ctx.thisYear} stayKey={sameStart ? "stay" : undefined} />
      </ChartFrame>
    </div>
  );
}
