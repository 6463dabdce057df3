"use client";

import { useTheme } from "@/components/ui/use-theme";

// Chart colours per theme, chosen for 3:1 contrast against the page background (WCAG non-text contrast). Lines also
// differ by dash pattern, so no series is told apart by colour alone.

const light = {
  text: "#334155",
  grid: "#cbd5e1",
  band: "#99d5cc",
  median: "#115e59",
  pay: "#b45309",
  stay: "#475569",
  marker: "#6d28d9",
  series: ["#115e59", "#b45309", "#6d28d9"],
};
const dark: typeof light = {
  text: "#cbd5e1",
  grid: "#334155",
  band: "#134e4a",
  median: "#5eead4",
  pay: "#fbbf24",
  stay: "#94a3b8",
  marker: "#c4b5fd",
  series: ["#5eead4", "#fbbf24", "#c4b5fd"],
};

export type ChartPalette = typeof light;

export const dashes = ["", "6 4", "2 3"];

export function useChartPalette(): ChartPalette {
  return useTheme() === "dark" ? dark : light;
}

/** Legend labels in the text colour: a pale series colour would be unreadable as text. */
export function legendText(color: string) {
  return function LegendText(value: string) {
    return <span style={{ color }}>{value}</span>;
  };
}

export const formatK = (n: number) => (Math.abs(n) >= 1000 ? `$${Math.round(n / 1000)}k` : `$${n}`);
