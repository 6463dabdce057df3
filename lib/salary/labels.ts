import type { PayContext, YearRow } from "@/lib/salary/types";

// Words for where a projected figure comes from, so each row of a table carries its source and year or says it is
// an assumption. Pure.

export function basisLabel(ctx: PayContext, row: Pick<YearRow, "role" | "basis">): string {
  if (row.basis === null) return "No figure on file";
  if (row.basis === "own") return "Your own figure (assumption)";
  const band = ctx.roles[row.role]?.bands.find((b) => b.figureKey === row.basis);
  if (!band) return row.basis;
  const when = band.year ?? "undated";
  const what =
    band.shape === "range"
      ? "range"
      : band.shape === "percentiles"
        ? "percentiles"
        : band.shape === "floor"
          ? "floor"
          : "single figure";
  return `${band.source.publisher}, ${when} (${what}${band.confidence === "assumption" ? "; assumption" : band.confidence === "secondary" ? "; secondary source" : ""})`;
}
