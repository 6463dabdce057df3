"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { chartFrameProps, dollarAxisProps, lineProps, yearAxisProps } from "@/components/charts/chart-props";
import { legendText, useChartPalette } from "@/components/charts/palette";
import { formatUsd } from "@/lib/format";
import type { Projection } from "@/lib/salary/types";

/** Cumulative earnings, less costs, on the plan and staying put, with the break-even year marked. */
export function CumulativeChart({ projection, thisYear }: { projection: Projection; thisYear: number }) {
  const c = useChartPalette();
  const last = Math.max(0, projection.cumulative.length - 1);
  return (
    <LineChart {...chartFrameProps(projection.cumulative, 300, { top: 24, right: 16, bottom: 8, left: 8 })}>
      <CartesianGrid stroke={c.grid} strokeDasharray="3 3" />
      <XAxis {...yearAxisProps(last, thisYear, c)} />
      <YAxis {...dollarAxisProps(c, 64)} />
      <Tooltip
        formatter={(v, name) => [formatUsd(Number(v)), name]}
        labelFormatter={(y) => `By the end of ${thisYear + Number(y)}`}
      />
      <Legend formatter={legendText(c.text)} />
      <Line {...lineProps} dataKey="plan" name="Following the plan" stroke={c.pay} />
      <Line {...lineProps} dataKey="stay" name="Staying put" stroke={c.stay} strokeDasharray="6 4" />
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
