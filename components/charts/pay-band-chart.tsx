"use client";

import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import {
  bandProps,
  chartFrameProps,
  dollarAxisProps,
  dollarsOrBand,
  lineProps,
  yearAxisProps,
} from "@/components/charts/chart-props";
import { legendText, useChartPalette } from "@/components/charts/palette";
import type { Projection } from "@/lib/salary/types";

const shortTitle = (t: string) => (t.length > 22 ? `${t.slice(0, 21)}…` : t);

/** The expected band (p25–p75) and median of each year's role, the person's own expected pay, and step markers. */
export function PayBandChart({ projection, thisYear }: { projection: Projection; thisYear: number }) {
  const c = useChartPalette();
  const data = projection.years.map((y) => ({ ...y, band: y.p25 === null || y.p75 === null ? null : [y.p25, y.p75] }));
  const last = Math.max(0, projection.years.length - 1);
  return (
    <ComposedChart {...chartFrameProps(data, 320, { top: 24, right: 16, bottom: 8, left: 8 })}>
      <CartesianGrid stroke={c.grid} strokeDasharray="3 3" />
      <XAxis {...yearAxisProps(last, thisYear, c)} />
      <YAxis {...dollarAxisProps(c, 56)} />
      <Tooltip
        formatter={dollarsOrBand}
        labelFormatter={(y) => {
          const row = projection.years[Number(y)];
          return row ? `${thisYear + Number(y)} · ${row.title}` : String(y);
        }}
      />
      <Legend formatter={legendText(c.text)} />
      <Area
        {...bandProps(c)}
        type="stepAfter"
        name="Band (25th–75th percentile)"
        strokeOpacity={0.4}
        connectNulls={false}
      />
      <Line {...lineProps} type="stepAfter" dataKey="median" name="Median" stroke={c.median} />
      <Line
        {...lineProps}
        type="stepAfter"
        dataKey="pay"
        name="Your expected pay"
        stroke={c.pay}
        strokeDasharray="6 4"
      />
      {/* Alternate label rows so the titles of steps close together do not overprint. */}
      {projection.markers.map((m, i) => (
        <ReferenceLine
          key={`${m.role}-${m.year}`}
          x={m.year}
          stroke={c.marker}
          strokeDasharray="2 3"
          label={{
            value: shortTitle(m.title),
            position: i % 2 ? "insideBottomLeft" : "insideTopLeft",
            fill: c.text,
            fontSize: 11,
          }}
        />
      ))}
    </ComposedChart>
  );
}
