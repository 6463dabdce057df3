import { round1 } from "@/lib/math";
import type { PayContext, PayFigureInput } from "@/lib/salary/types";

// The default yearly change. No source in the reference states a raise, so none is invented: the default is
// worked out from the seeded figures themselves — for every occupation (SOC code) with national medians published
// for two different years, the compound yearly change between its earliest and latest median — and the mean of
// those is shown, with the working, as an editable assumption. Pure.

export function derivedGrowth(figures: PayFigureInput[]): PayContext["derivedGrowth"] {
  const bySoc = new Map<string, { year: number; median: number }[]>();
  for (const f of figures) {
    if (!f.socCode || f.year === null || f.median === null) continue;
    const list = bySoc.get(f.socCode) ?? [];
    if (!list.some((x) => x.year === f.year)) list.push({ year: f.year, median: f.median });
    bySoc.set(f.socCode, list);
  }
  const basis: PayContext["derivedGrowth"]["basis"] = [];
  for (const [socCode, list] of [...bySoc].sort(([a], [b]) => a.localeCompare(b))) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.year - b.year);
    const first = list[0]!;
    const last = list.at(-1)!;
    const percent = ((last.median / first.median) ** (1 / (last.year - first.year)) - 1) * 100;
    basis.push({
      socCode,
      from: first.median,
      to: last.median,
      fromYear: first.year,
      toYear: last.year,
      percent: round1(percent),
    });
  }
  if (!basis.length) return { percent: null, basis };
  const mean = basis.reduce((s, b) => s + b.percent, 0) / basis.length;
  return { percent: round1(mean), basis };
}

/** The working behind the default, in words. */
export function describeGrowth(g: PayContext["derivedGrowth"]): string {
  if (g.percent === null)
    return (
      "No two dated medians of one occupation are on file, so there is no derived default; " +
      "0% is used until you set one."
    );
  const dollars = (n: number) => `$${n.toLocaleString("en-US")}`;
  const parts = g.basis.map(
    (b) =>
      `SOC ${b.socCode}: ${dollars(b.from)} (${b.fromYear}) → ${dollars(b.to)} (${b.toYear}), ${b.percent}% a year`,
  );
  return (
    `${g.percent}% a year: the mean yearly change of BLS national medians where two years are on file ` +
    `(${parts.join("; ")}).`
  );
}
