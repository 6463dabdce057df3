import type { PlannerRoute } from "@/lib/ladder/planner-types";
import type { Confidence, EducationLevel, ExperienceKind } from "@/lib/ladder/requirement-schema";

// Requirement routes as plain objects, shared by the ladder and credential views and the JSON API.

export const sourceSelect = { key: true, title: true, publisher: true, year: true, url: true } as const;
export type SourceView = { key: string; title: string; publisher: string; year: number | null; url: string | null };

export const routeSelect = {
  label: true,
  purpose: true,
  position: true,
  minEducation: true,
  educationProgram: true,
  minYears: true,
  experienceKind: true,
  minKindYears: true,
  withinKind: true,
  withinKindYears: true,
  currentWorkKind: true,
  course: true,
  note: true,
  confidence: true,
  source: { select: sourceSelect },
  groups: {
    orderBy: { position: "asc" },
    select: { options: { select: { credential: { select: { code: true } } } } },
  },
} as const;

type Decimalish = { toNumber(): number } | null;

type RouteRow = {
  label: string;
  purpose: "qualify" | "remove_apprentice";
  minEducation: EducationLevel | null;
  educationProgram: string | null;
  minYears: Decimalish;
  experienceKind: ExperienceKind | null;
  minKindYears: Decimalish;
  withinKind: ExperienceKind | null;
  withinKindYears: Decimalish;
  currentWorkKind: ExperienceKind | null;
  course: string | null;
  note: string | null;
  confidence: Confidence;
  source: SourceView;
  groups: { options: { credential: { code: string } }[] }[];
};

/** A route as the views show it: what the planner schedules by, and where the requirement comes from. */
export type RouteView = PlannerRoute & { note: string | null; confidence: Confidence; source: SourceView };

/** The parts of a route the planner schedules by. */
export function toPlannerRoute(r: RouteRow): PlannerRoute {
  return {
    label: r.label,
    education: r.minEducation,
    educationProgram: r.educationProgram,
    minYears: r.minYears?.toNumber() ?? null,
    experience: r.experienceKind ? { kind: r.experienceKind, years: r.minKindYears?.toNumber() ?? null } : null,
    experienceWithin:
      r.withinKind && r.withinKindYears ? { kind: r.withinKind, years: r.withinKindYears.toNumber() } : null,
    currentWork: r.currentWorkKind,
    credentials: r.groups.map((g) => g.options.map((o) => o.credential.code).sort()),
    course: r.course,
  };
}

export function toRouteView(r: RouteRow): RouteView {
  return { ...toPlannerRoute(r), note: r.note, confidence: r.confidence, source: r.source };
}
