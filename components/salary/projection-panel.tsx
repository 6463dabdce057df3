"use client";

import { useMemo } from "react";
import { ChartFrame, type Column } from "@/components/charts/chart-frame";
import { CumulativeChart } from "@/components/charts/cumulative-chart";
import { PayBandChart } from "@/components/charts/pay-band-chart";
import { AssumptionsForm } from "@/components/salary/assumptions-form";
import { ProjectionNotes } from "@/components/salary/projection-notes";
import { useAssumptions } from "@/components/salary/use-assumptions";
import { formatUsd } from "@/lib/format";
import { basisLabel } from "@/lib/salary/labels";
import { project, type ProjectionRequest } from "@/lib/salary/projection";
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

const usd = (n: number | null) => (n === null ? "—" : formatUsd(n));

/** A plan's pay projection: assumptions on the left, the band chart and the cumulative chart with their tables. */
// A stable default, so the projection's memo does not recompute on every render.
const NO_NOTES: string[] = [];

export function ProjectionPanel({ ctx, request, initial, defaults, extraNotes = NO_NOTES, fileStem }: Props) {
  const { fields, setFields, errors, applied, reset } = useAssumptions(initial, defaults);
  const projection: Projection = useMemo(() => {
    const p = project(ctx, { ...request, assumptions: applied });
    return { ...p, notes: [...extraNotes, ...p.notes] };
  }, [ctx, request, applied, extraNotes]);
  const roles = useMemo(
    () => [...new Set([request.currentRole, ...request.path.steps.map((s) => s.role)].filter((r): r is string => !!r))],
    [request],
  );

  const yearColumns: Column<YearRow>[] = [
    { key: "year", label: "Year", value: (r) => r.calendarYear },
    { key: "role", label: "Role", value: (r) => r.title },
    { key: "p25", label: "25th percentile", value: (r) => r.p25, format: (r) => usd(r.p25), numeric: true },
    { key: "median", label: "Median", value: (r) => r.median, format: (r) => usd(r.median), numeric: true },
    { key: "p75", label: "75th percentile", value: (r) => r.p75, format: (r) => usd(r.p75), numeric: true },
    { key: "pay", label: "Your expected pay", value: (r) => r.pay, format: (r) => usd(r.pay), numeric: true },
    {
      key: "costs",
      label: "Exam and renewal costs",
      value: (r) => r.costs,
      format: (r) => usd(r.costs),
      numeric: true,
    },
    { key: "basis", label: "Figure (source, year)", value: (r) => basisLabel(ctx, r) },
  ];
  type Cum = Projection["cumulative"][number];
  const cumColumns: Column<Cum>[] = [
    { key: "year", label: "By the end of", value: (r) => ctx.thisYear + r.year },
    { key: "plan", label: "Following the plan", value: (r) => r.plan, format: (r) => usd(r.plan), numeric: true },
    { key: "stay", label: "Staying put", value: (r) => r.stay, format: (r) => usd(r.stay), numeric: true },
    {
      key: "diff",
      label: "Difference",
      value: (r) => (r.plan === null || r.stay === null ? null : Math.round(r.plan - r.stay)),
      format: (r) => (r.plan === null || r.stay === null ? "—" : usd(Math.round(r.plan - r.stay))),
      numeric: true,
    },
  ];

  const first = projection.years[0];
  const last = projection.years.at(-1);
  const bandSummary =
    first && last
      ? `Expected pay from ${first.calendarYear} to ${last.calendarYear}: ${first.title} ${usd(first.median)} median in ${first.calendarYear}, ${last.title} ${usd(last.median)} median in ${last.calendarYear}; your expected pay ${usd(first.pay)} then ${usd(last.pay)}.${projection.markers.length ? ` Steps begin: ${projection.markers.map((m) => `${m.title} in ${ctx.thisYear + Math.floor(m.year)}`).join("; ")}.` : ""}`
      : "No years to show.";
  const lastCum = projection.cumulative.at(-1);
  const cumSummary =
    projection.breakEvenYear !== null
      ? `The plan's cumulative earnings, less costs, catch up with staying put in ${ctx.thisYear + projection.breakEvenYear} and stay ahead${lastCum?.plan != null && lastCum.stay != null ? `: ${usd(Math.round(lastCum.plan - lastCum.stay))} ahead by the end of ${ctx.thisYear + lastCum.year}` : ""}.`
      : lastCum?.plan == null || lastCum?.stay == null
        ? "Cumulative earnings cannot be compared: a pay figure or your salary is missing (see below)."
        : `Within ${projection.cumulative.length} years the plan does not catch up with staying put.`;

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,20rem)_minmax(0,1fr)]">
      <div>
        <h3 className="text-lg font-semibold">Assumptions</h3>
        <div className="mt-2">
          <AssumptionsForm
            idPrefix="proj"
            fields={fields}
            errors={errors}
            onChange={setFields}
            onReset={reset}
            ctx={ctx}
            resolved={projection.assumptions}
            roles={roles}
          />
        </div>
      </div>
      <div className="min-w-0 space-y-6">
        <p className="sr-only" aria-live="polite">
          {cumSummary}
        </p>
        <ChartFrame
          title="Pay band along the plan"
          summary={bandSummary}
          csvName={`${fileStem}-pay-by-year.csv`}
          columns={yearColumns}
          rows={projection.years}
          footer={<ProjectionNotes projection={projection} ctx={ctx} />}
        >
          <PayBandChart projection={projection} thisYear={ctx.thisYear} />
        </ChartFrame>
        <ChartFrame
          title="Cumulative earnings against staying put"
          summary={cumSummary}
          csvName={`${fileStem}-cumulative.csv`}
          columns={cumColumns}
          rows={projection.cumulative}
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
