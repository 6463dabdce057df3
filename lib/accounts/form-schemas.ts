import { z } from "zod";

// HTML forms send strings; these turn them into the JSON shapes the domain functions validate, so the form, the
// server action and the JSON API all end in the same checks. Empty fields clear a value (null).

const text = z.string().default("");
const blankToNull = (s: string) => (s.trim() === "" ? null : s.trim());
// "52,000" and "$52000" both mean 52000; anything else becomes NaN and fails the domain's number check.
const numberOrNull = (s: string) => {
  const cleaned = s.replace(/[$,\s]/g, "");
  return cleaned === "" ? null : Number(cleaned);
};

export const profileFormSchema = z
  .object({
    name: text,
    currentRole: text,
    education: text,
    yearsExperience: text,
    region: text,
    currentSalary: text,
    dueSoonDays: text,
  })
  .transform((f) => ({
    name: f.name,
    currentRole: blankToNull(f.currentRole),
    education: blankToNull(f.education),
    yearsExperience: numberOrNull(f.yearsExperience),
    region: blankToNull(f.region),
    currentSalary: numberOrNull(f.currentSalary),
    dueSoonDays: numberOrNull(f.dueSoonDays) ?? undefined,
  }));

export const signUpFormSchema = z.object({ name: text, email: text, password: text });
