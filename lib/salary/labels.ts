import type { Confidence, PayBand, PayContext, YearRow } from "@/lib/salary/types";

// Words for where a pay figure comes from, so each chart label, option and table row carries its source and year
// or says it is an assumption. Pure.

/** How much of a band's spread is known, as said after a figure's source. */
const shapeWords: Record<PayBand["shape"], string> = {
  percentiles: "percentiles",
  range: "range",
  point: "single figure",
  floor: "floor",
};

/** The same, in the pay table's "Kind" column, where the words say what is missing. */
export const bandKindLabels: Record<PayBand["shape"], string> = {
  percentiles: "percentiles",
  range: "range only",
  point: "single figure",
  floor: "floor only",
};

const confidenceWords: Record<Confidence, string> = {
  confirmed: "",
  secondary: "; secondary source",
  assumption: "; assumption",
};

/** "2023", "read 2026" (the source gives no year) or "undated". */
export const bandYear = (band: Pick<PayBand, "year" | "yearRead">) =>
  band.year === null ? "undated" : band.yearRead ? `read ${band.year}` : String(band.year);

/** "BLS, 2023" or "MAPP career guide, read 2026": who published a band's figure and the year it describes. */
export const bandSource = (band: Pick<PayBand, "source" | "year" | "yearRead">) =>
  `${band.source.publisher}, ${bandYear(band)}`;

/** A band as a choice of figure: "who it describes · year · publisher", or "assumption" instead of a publisher. */
export const bandChoiceLabel = (b: Pick<PayBand, "population" | "year" | "yearRead" | "confidence" | "source">) =>
  `${b.population} · ${bandYear(b)} · ${b.confidence === "assumption" ? "assumption" : b.source.publisher}`;

/** Where a projected year's figure comes from: "BLS, 2023 (percentiles)", "Your own figure (assumption)". */
export function basisLabel(ctx: PayContext, row: Pick<YearRow, "role" | "basis">): string {
  if (row.basis === null) return "No figure on file";
  if (row.basis === "own") return "Your own figure (assumption)";
  const band = ctx.roles[row.role]?.bands.find((b) => b.figureKey === row.basis);
  if (!band) return row.basis;
  return `${bandSource(band)} (${shapeWords[band.shape]}${confidenceWords[band.confidence]})`;
}
