"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { chartFrameProps, dollarAxisProps } from "@/components/charts/chart-props";
import { legendText, useChartPalette, type ChartPalette } from "@/components/charts/palette";
import { formatUsd } from "@/lib/format";

// The what-if's two charts, one pair of bars a year: before the change on the left, after on the right. The
// numbers arrive worked out; these only draw them.

export type CeuBarRow = { calendarYear: number; before: number; after: number };
export type CostBarRow = { calendarYear: number; before: number; exams: number; renewals: number; dues: number };

const margin = { top: 8, right: 8, bottom: 8, left: 0 };
const noAnimation = { isAnimationActive: false } as const;

function yearAxis(c: ChartPalette) {
  return <XAxis dataKey="calendarYear" stroke={c.text} tick={{ fill: c.text }} />;
}

/** The legend in the bars' own order (before, then after), not Recharts' alphabetical one. */
function legend(c: ChartPalette, order: string[]) {
  return <Legend formatter={legendText(c.text)} itemSorter={(item) => order.indexOf(String(item.dataKey))} />;
}

/** CEUs needed a year, before and after. */
export function CeuBars({ rows }: { rows: CeuBarRow[] }) {
  const c = useChartPalette();
  return (
    <BarChart {...chartFrameProps(rows, 260, margin)}>
      <CartesianGrid stroke={c.grid} strokeDasharray="3 3" vertical={false} />
      {yearAxis(c)}
      <YAxis stroke={c.text} tick={{ fill: c.text }} width={40} allowDecimals={false} />
      <Tooltip formatter={(v, name) => [`${Number(v)} CEUs`, name]} />
      {legend(c, ["before", "after"])}
      <Bar {...noAnimation} dataKey="before" name="Before" fill={c.stay} />
      <Bar {...noAnimation} dataKey="after" name="After" fill={c.series[0]} />
    </BarChart>
  );
}

/** Costs a year: before as one bar, after as a stack of exam fees, renewal fees and dues. */
export function CostBars({ rows }: { rows: CostBarRow[] }) {
  const c = useChartPalette();
  return (
    <BarChart {...chartFrameProps(rows, 280, margin)}>
      <CartesianGrid stroke={c.grid} strokeDasharray="3 3" vertical={false} />
      {yearAxis(c)}
      <YAxis {...dollarAxisProps(c, 56)} />
      <Tooltip formatter={(v, name) => [formatUsd(Number(v)), name]} />
      {legend(c, ["before", "exams", "renewals", "dues"])}
      <Bar {...noAnimation} dataKey="before" name="Before (all costs)" stackId="before" fill={c.stay} />
      <Bar {...noAnimation} dataKey="exams" name="After: exam fees" stackId="after" fill={c.series[0]} />
      <Bar {...noAnimation} dataKey="renewals" name="After: renewal fees" stackId="after" fill={c.series[1]} />
      <Bar {...noAnimation} dataKey="dues" name="After: dues" stackId="after" fill={c.series[2]} />
    </BarChart>
  );
}
