"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import { bandProps, chartFrameProps, dollarsOrBand } from "@/components/charts/chart-props";
import { formatK, legendText, useChartPalette } from "@/components/charts/palette";

export type RolePayRow = { title: string; p25: number; median: number; p75: number; label: string };

/** Each role's band (25th–75th percentile, or its range) as a bar, and its median as a dot. */
export function RolePayChart({ rows }: { rows: RolePayRow[] }) {
  const c = useChartPalette();
  const data = rows.map((r) => ({ ...r, band: [r.p25, r.p75] as [number, number] }));
  return (
    <ComposedChart
      layout="vertical"
      {...chartFrameProps(data, Math.max(240, rows.length * 34 + 60), { top: 8, right: 24, bottom: 8, left: 8 })}
    >
      <CartesianGrid stroke={c.grid} strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" tickFormatter={formatK} stroke={c.text} tick={{ fill: c.text }} domain={[0, "auto"]} />
      <YAxis
        type="category"
        dataKey="title"
        width={190}
        stroke={c.text}
        tick={{ fill: c.text, fontSize: 12 }}
        interval={0}
      />
      <Tooltip
        formatter={dollarsOrBand}
        labelFormatter={(title) => {
          const row = rows.find((r) => r.title === title);
          return row ? `${title} · ${row.label}` : String(title);
        }}
      />
      <Legend formatter={legendText(c.text)} />
      <Bar {...bandProps(c)} name="25th–75th percentile (or range)" barSize={16} />
      <Scatter dataKey="median" name="Median (or midpoint)" fill={c.pay} isAnimationActive={false} />
    </ComposedChart>
  );
}
