import {
  educationLabels,
  experienceKindLabels,
  type EducationLevel,
  type ExperienceKind,
} from "@/lib/ladder/requirement-schema";

// Display helpers shared by pages. Pure.

const usdFormat = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });

export const formatUsd = (n: number) => usdFormat.format(n);

/** A dollar figure, or a dash where none is known (an empty table cell or summary still reads as "no figure"). */
export const formatUsdOrDash = (n: number | null | undefined) => (n === null || n === undefined ? "—" : formatUsd(n));

export function formatYearsRange(min: number, max: number): string {
  const unit = max === 1 && min <= 1 ? "year" : "years";
  return min === max ? `${min} ${unit}` : `${min}–${max} ${unit}`;
}

export function formatYears(n: number): string {
  return `${n} ${n === 1 ? "year" : "years"}`;
}

export function formatEducation(level: EducationLevel): string {
  return educationLabels[level];
}

export function formatExperience(e: { kind: ExperienceKind; years: number | null }): string {
  const what = experienceKindLabels[e.kind];
  return e.years === null ? `some ${what} experience (amount not stated)` : `${formatYears(e.years)} of ${what}`;
}

export function formatCycle(months: number | null): string | null {
  if (!months) return null;
  return months % 12 === 0 ? formatYears(months / 12) : `${months} months`;
}

/** 50 → "50th", 62.5 → "62.5th", 1 → "1st", 22 → "22nd" (a percentile position). */
export function ordinal(n: number): string {
  const r = Math.round(n * 10) / 10;
  if (!Number.isInteger(r)) return `${r}th`;
  const teen = r % 100 >= 11 && r % 100 <= 13;
  const suffix = teen ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[r % 10] ?? "th");
  return `${r}${suffix}`;
}

/** ["A", "B", "C"] → "A, B and C": a list in a sentence. */
export const andList = (items: string[]): string =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
