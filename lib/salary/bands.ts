import type { Confidence, PayBand, PayFigureInput } from "@/lib/salary/types";

// Pay bands from seeded figures, and the arithmetic of a person's position inside a band. Pure.

/** One figure → one band, or null when the figure holds no usable number. Sources are never mixed in a band. */
export function bandFromFigure(f: PayFigureInput): PayBand | null {
  const base = {
    figureKey: f.key,
    year: f.year,
    yearRead: f.source.year === null,
    confidence: f.confidence,
    population: f.population,
    source: f.source,
    p10: null,
    p90: null,
  };
  if (f.p25 !== null && f.median !== null && f.p75 !== null) {
    return {
      ...base,
      shape: "percentiles",
      p10: f.p10,
      p25: f.p25,
      median: f.median,
      p75: f.p75,
      p90: f.p90,
      note: f.note,
    };
  }
  if (f.low !== null && f.high !== null) {
    const mid = Math.round((f.low + f.high) / 2);
    const open = f.highOpen ? ` The top is open ("$${f.high.toLocaleString("en-US")}+").` : "";
    return {
      ...base,
      shape: "range",
      p25: f.low,
      median: mid,
      p75: f.high,
      note:
        "Only a range is known: its low and high stand in for the 25th and 75th percentiles and the middle is " +
        `their midpoint.${open}${f.note ? ` ${f.note}` : ""}`,
    };
  }
  const point = f.median ?? f.average;
  if (point !== null) {
    const what = f.median !== null ? "a median" : "an average";
    return {
      ...base,
      shape: "point",
      p25: point,
      median: point,
      p75: point,
      note: `Only ${what} is known: no spread.${f.note ? ` ${f.note}` : ""}`,
    };
  }
  if (f.low !== null) {
    return {
      ...base,
      shape: "floor",
      p25: f.low,
      median: f.low,
      p75: f.low,
      note: `Only a floor is known ("above $${f.low.toLocaleString("en-US")}").${f.note ? ` ${f.note}` : ""}`,
    };
  }
  return null;
}

const shapeRank: Record<PayBand["shape"], number> = { percentiles: 0, range: 1, point: 2, floor: 3 };
const confidenceRank: Record<Confidence, number> = { confirmed: 0, secondary: 1, assumption: 2 };

/** Best basis first: the most spread known, then the most trustworthy source, then the newest year. */
export function rankBands(bands: PayBand[]): PayBand[] {
  return [...bands].sort(
    (a, b) =>
      shapeRank[a.shape] - shapeRank[b.shape] ||
      confidenceRank[a.confidence] - confidenceRank[b.confidence] ||
      (b.year ?? -1) - (a.year ?? -1) ||
      a.figureKey.localeCompare(b.figureKey),
  );
}

/** The points (percentile, dollars) a band knows, in order. */
function anchors(b: PayBand): [number, number][] {
  const pts: [number, number | null][] = [
    [10, b.p10],
    [25, b.p25],
    [50, b.median],
    [75, b.p75],
    [90, b.p90],
  ];
  return pts.filter((p): p is [number, number] => p[1] !== null);
}

/** Dollars at a percentile position, linear between known points and held at the outermost ones beyond them. */
export function valueAt(b: PayBand, position: number): number {
  const pts = anchors(b);
  if (position <= pts[0]![0]) return pts[0]![1];
  for (let i = 1; i < pts.length; i++) {
    const [p1, v1] = pts[i]!;
    const [p0, v0] = pts[i - 1]!;
    if (position <= p1) return v0 + ((v1 - v0) * (position - p0)) / (p1 - p0);
  }
  return pts.at(-1)![1];
}

/**
 * Where a salary sits in a band, as a percentile; null when the band has no spread to place it in. `clamped` says
 * the salary lies beyond the band's outermost known point.
 */
export function positionOf(b: PayBand, salary: number): { position: number; clamped: "below" | "above" | null } | null {
  if (b.shape === "point" || b.shape === "floor") return null;
  const pts = anchors(b);
  if (salary <= pts[0]![1]) return { position: pts[0]![0], clamped: salary < pts[0]![1] ? "below" : null };
  for (let i = 1; i < pts.length; i++) {
    const [p1, v1] = pts[i]!;
    const [p0, v0] = pts[i - 1]!;
    if (salary <= v1) return { position: v1 === v0 ? p1 : p0 + ((p1 - p0) * (salary - v0)) / (v1 - v0), clamped: null };
  }
  return { position: pts.at(-1)![0], clamped: "above" };
}

/** Multiplies every figure of a band (to bring it to another year, or to grow it). */
export function scaleBand(b: PayBand, factor: number): PayBand {
  const s = (n: number | null) => (n === null ? null : n * factor);
  return { ...b, p10: s(b.p10), p25: b.p25 * factor, median: b.median * factor, p75: b.p75 * factor, p90: s(b.p90) };
}

/**
 * The factor that brings a figure from its year to `thisYear` at `percent` a year; undated figures are taken as
 * today's.
 */
export function baseYearFactor(year: number | null, thisYear: number, percent: number): number {
  if (year === null || year >= thisYear) return 1;
  return (1 + percent / 100) ** (thisYear - year);
}

/** A band the person supplies for a role (one figure, no spread). */
export function ownBand(amount: number, thisYear: number): PayBand {
  return {
    figureKey: "own",
    shape: "point",
    p10: null,
    p25: amount,
    median: amount,
    p75: amount,
    p90: null,
    year: thisYear,
    confidence: "assumption",
    population: "Your own figure",
    source: { key: "own", title: "Your own figure", publisher: "You", year: thisYear, url: null },
    note: null,
  };
}
