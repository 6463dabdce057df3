import { educationLabels, type EducationLevel } from "@/lib/ladder/requirement-schema";

// Education as a plannable step. Typical full-time lengths (HIM Pathways planning assumptions, from the guide the
// product started from and REFERENCE.md §1): certificate 6–12 months (counted as 1 year), associate 2 years,
// bachelor's 4 years or 2 after an associate, master's 2 years after a bachelor's.

export const educationRank: Record<EducationLevel, number> = {
  high_school: 0,
  certificate: 1,
  associate: 2,
  bachelor: 3,
  master: 4,
};

export const atLeast = (have: EducationLevel, need: EducationLevel) => educationRank[have] >= educationRank[need];

/** Years of full-time study from `from` to `to` (0 when `from` already meets it). */
export function yearsToReach(from: EducationLevel, to: EducationLevel): number {
  if (atLeast(from, to)) return 0;
  switch (to) {
    case "certificate":
      return 1;
    case "associate":
      return 2;
    case "bachelor":
      return atLeast(from, "associate") ? 2 : 4;
    case "master":
      return yearsToReach(from, "bachelor") + 2;
    default:
      return 0;
  }
}

export const EDUCATION_ASSUMPTION =
  "Degrees are planned at their typical full-time length " +
  "(certificate 1 year, associate 2, bachelor's 4 or 2 after an associate, master's 2), " +
  "studied alongside work; part-time study takes longer. Tuition is not counted.";

export function educationLabel(level: EducationLevel, program: string | null): string {
  return program ? `${educationLabels[level]} (${program})` : educationLabels[level];
}
