"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatK, legendText, useChartPalette } from "@/components/charts/palette";
import { formatUsd } from "@/lib/format";
import type { Projection } from "@/lib/salary/types";

/** Cumulative earnings, less costs, on the plan and staying put, with the break-even year marked. */
export function CumulativeChart({ projection, thisYear }: { projection: Projection; thisYear: number }) {
  const c = useChartPalette();
  const last = Math.max(0, projection.cumulative.length - 1);
  return (
    <LineChart
      responsive
      accessibilityLayer={false}
      data={projection.cumulative}
      style={{ width: "100%", height: 300 }}
      margin={{ top: 24, right: 16, bottom: 8, left: 8 }}
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
        formatter={(v, name) => [formatUsd(Number(v)), name]}
        labelFormatter={(y) => `By the end of ${thisYear + Number(y)}`}
      />
      <Legend formatter={legendText(c.text)} />
      <Line
        dataKey="plan"
        name="Following the plan"
        stroke={c.pay}
        strokeWidth={2}
        dot={false}
        isAnimationActive={false}
      />
      <Line
        dataKey="stay"
        name="Staying put"
        stroke={c.stay}
        strokeWidth={2}
        strokeDasharray="6 4"
        dot={false}
        isAnimationActive={false}
      />
      {projection.breakEvenYear !== null && projection.breakEvenYear > 0 ? (
        <ReferenceLine
          x={projection.breakEvenYear}
          stroke={c.marker}
          strokeDasharray="2 3"
          label={{ value: "Break-even", position: "insideTopLeft", fill: c.text, fontSize: 11 }}
        />
      ) : null}
    </LineChart>
  );
}
