import type { PersonState, PlannerGraph } from "@/lib/ladder/planner-types";
import { countedInside, experienceKinds, type ExperienceKind } from "@/lib/ladder/requirement-schema";

// A person's years of experience by kind of work, counted the same way by the planner and the eligibility check.

/** Years by kind as the person gave them; when not given, all their years count toward the current role's kinds. */
export function experienceByKind(graph: PlannerGraph, person: PersonState): Record<ExperienceKind, number> {
  const current = person.currentRole ? graph.roles.get(person.currentRole) : undefined;
  const experience = Object.fromEntries(experienceKinds.map((k) => [k, 0])) as Record<ExperienceKind, number>;
  if (person.experience) for (const kind of experienceKinds) experience[kind] = person.experience[kind] ?? 0;
  else if (current) for (const kind of current.kinds) experience[kind] = person.yearsExperience;
  // Years of a narrower kind are years of the broader one too (outpatient CDI is CDI).
  for (const [inner, outer] of Object.entries(countedInside) as [ExperienceKind, ExperienceKind][])
    experience[outer] = Math.max(experience[outer], experience[inner]);
  return experience;
}
