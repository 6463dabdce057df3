"use client";

import type { XAxisProps, YAxisProps } from "recharts";
import { formatK, type ChartPalette } from "@/components/charts/palette";
import { formatUsd } from "@/lib/format";

// What the house's charts share, as props to spread on the Recharts parts: the frame, the year axis of the
// projections, the dollar axis, and the tooltip for a dollar figure or a band.

type Margin = { top: number; right: number; bottom: number; left: number };

/**
 * The chart's frame: drawn to the width of its box at a fixed height, without Recharts' own keyboard layer (the
 * table twin beside each chart is the way to read the figures without a mouse).
 */
export function chartFrameProps<D>(data: D[], height: number, margin: Margin) {
  return { responsive: true, accessibilityLayer: false, data, style: { width: "100%", height }, margin };
}

/** Years from today along the bottom (0 to `last`), labelled as calendar years, at most eleven ticks. */
export function yearAxisProps(last: number, thisYear: number, c: ChartPalette): XAxisProps {
  return {
    dataKey: "year",
    type: "number",
    domain: [0, last],
    allowDecimals: false,
    tickCount: Math.min(last + 1, 11),
    tickFormatter: (y: number) => String(thisYear + y),
    stroke: c.text,
    tick: { fill: c.text },
  };
}

/** Dollars up the side, in thousands ("$65k"). */
export function dollarAxisProps(c: ChartPalette, width: number): YAxisProps {
  return { tickFormatter: formatK, stroke: c.text, tick: { fill: c.text }, width };
}

/** A data line: two pixels wide, no dot at each year, drawn at once rather than animated in. */
export const lineProps = { strokeWidth: 2, dot: false, isAnimationActive: false } as const;

/** A pay band (the `band` field: its two ends), filled in the band colour and edged in the median's. */
export function bandProps(c: ChartPalette) {
  return { dataKey: "band", fill: c.band, stroke: c.median, isAnimationActive: false } as const;
}

/** A tooltip line for a dollar figure, or for a band drawn as its two ends ("$40,000 – $52,000"). */
export function dollarsOrBand<N>(value: unknown, name: N): [string, N] {
  return Array.isArray(value)
    ? [`${formatUsd(Number(value[0]))} – ${formatUsd(Number(value[1]))}`, name]
    : [formatUsd(Number(value)), name];
}
