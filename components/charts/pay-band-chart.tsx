"use client";

import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatK, legendText, useChartPalette } from "@/components/charts/palette";
import { formatUsd } from "@/lib/format";
import type { Projection } from "@/lib/salary/types";

const shortTitle = (t: string) => (t.length > 22 ? `${t.slice(0, 21)}…` : t);

/** The expected band (p25–p75) and median of each year's role, the person's own expected pay, and step markers. */
export function PayBandChart({ projection, thisYear }: { projection: Projection; thisYear: number }) {
  const c = useChartPalette();
  const data = projection.years.map((y) => ({ ...y, band: y.p25 === null || y.p75 === null ? null : [y.p25, y.p75] }));
  const last = Math.max(0, projection.years.length - 1);
  return (
    <ComposedChart
      responsive
      accessibilityLayer={false}
      data={data}
      style={{ width: "100%", height: 320 }}
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
      <YAxis tickFormatter={formatK} stroke={c.text} tick={{ fill: c.text }} width={56} />
      <Tooltip
        formatter={(value, name) =>
          Array.isArray(value)
            ? [`${formatUsd(Number(value[0]))} – ${formatUsd(Number(value[1]))}`, name]
            : [formatUsd(Number(value)), name]
        }
        labelFormatter={(y) => {
          const row = projection.years[Number(y)];
          return row ? `${thisYear + Number(y)} · ${row.title}` : String(y);
        }}
      />
      <Legend formatter={legendText(c.text)} />
      <Area
        type="stepAfter"
        dataKey="band"
        name="Band (25th–75th percentile)"
        fill={c.band}
        stroke={c.median}
        strokeOpacity={0.4}
        isAnimationActive={false}
        connectNulls={false}
      />
      <Line
        type="stepAfter"
        dataKey="median"
        name="Median"
        stroke={c.median}
        strokeWidth={2}
        dot={false}
        isAnimationActive={false}
      />
      <Line
        type="stepAfter"
        dataKey="pay"
        name="Your expected pay"
        stroke={c.pay}
        strokeWidth={2}
        strokeDasharray="6 4"
        dot={false}
        isAnimationActive={false}
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
