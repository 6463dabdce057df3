"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { chartFrameProps, dollarAxisProps, lineProps, yearAxisProps } from "@/components/charts/chart-props";
import { dashes, legendText, useChartPalette } from "@/components/charts/palette";
import { formatUsd } from "@/lib/format";
import type { CompareRow } from "@/lib/salary/compare";

export type Series = { key: string; name: string };

/** One line per plan (and optionally staying put) over the same years. */
export function CompareLines({
  rows,
  series,
  thisYear,
  height = 300,
  stayKey,
}: {
  rows: CompareRow[];
  series: Series[];
  thisYear: number;
  height?: number;
  stayKey?: string;
}) {
  const c = useChartPalette();
  const last = Math.max(0, rows.length - 1);
  return (
    <LineChart {...chartFrameProps(rows, height, { top: 16, right: 16, bottom: 8, left: 8 })}>
      <CartesianGrid stroke={c.grid} strokeDasharray="3 3" />
      <XAxis {...yearAxisProps(last, thisYear, c)} />
      <YAxis {...dollarAxisProps(c, 64)} />
      <Tooltip
        formatter={(v, name) => [v === null || v === undefined ? "—" : formatUsd(Number(v)), name]}
        labelFormatter={(y) => String(thisYear + Number(y))}
      />
      <Legend formatter={legendText(c.text)} />
      {series.map((s, i) => (
        <Line
          key={s.key}
          {...lineProps}
          dataKey={s.key}
          name={s.name}
          stroke={c.series[i % c.series.length]}
          strokeDasharray={dashes[i % dashes.length]}
        />
      ))}
      {stayKey ? (
        <Line {...lineProps} dataKey={stayKey} name="Staying put" stroke={c.stay} strokeDasharray="1 4" />
      ) : null}
    </LineChart>
  );
}
