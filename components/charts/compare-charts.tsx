"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { dashes, formatK, legendText, useChartPalette } from "@/components/charts/palette";
import { formatUsd } from "@/lib/format";

export type CompareRow = { year: number } & Record<string, number | null>;
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
    <LineChart
      responsive
      accessibilityLayer={false}
      data={rows}
      style={{ width: "100%", height }}
      margin={{ top: 16, right: 16, bottom: 8, left: 8 }}
    >
      <CartesianGrid stroke={c.grid} strokeDasharray="3 3" />
      <XAxis
        dataKey="year"
        type="number"
        domain={[0, last]}
        allowDecimals={false}
        tickCount={Math.min(last + 1, 11)}
        tickFormatter={(y: number) => String(thisYear + y)}
        stroke={c.text}
        tick={{ fill: c.text }}
      />
      <YAxis tickFormatter={formatK} stroke={c.text} tick={{ fill: c.text }} width={64} />
      <Tooltip
        formatter={(v, name) => [v === null || v === undefined ? "—" : formatUsd(Number(v)), name]}
        labelFormatter={(y) => String(thisYear + Number(y))}
      />
      <Legend formatter={legendText(c.text)} />
      {series.map((s, i) => (
        <Line
          key={s.key}
          dataKey={s.key}
          name={s.name}
          stroke={c.series[i % c.series.length]}
          strokeDasharray={dashes[i % dashes.length]}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      ))}
      {stayKey ? (
        <Line
          dataKey={stayKey}
          name="Staying put"
          stroke={c.stay}
          strokeDasharray="1 4"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      ) : null}
    </LineChart>
  );
}
