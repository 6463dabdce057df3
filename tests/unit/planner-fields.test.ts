import { describe, expect, it } from "vitest";
import { parsePlannerFields, plannerFieldsFrom, type PlannerDefaults } from "@/lib/plans/planner-fields";
import { planRequestSchema } from "@/lib/plans/validation";

const today = "2026-03-01";
const coder: PlannerDefaults = {
  currentRole: "outpatient-coder",
  education: "associate",
  yearsExperience: 2.5,
  held: [{ code: "CPC", earnedOn: "2024-01-10" }],
};
const newcomer: PlannerDefaults = { currentRole: null, education: "high_school", yearsExperience: 0, held: [] };

describe("the planner form's fields", () => {
  it("start from the person's profile and record, with the planner's own defaults for the rest", () => {
    expect(plannerFieldsFrom(coder)).toEqual({
      currentRole: "outpatient-coder",
      target: "",
      education: "associate",
      yearsExperience: "2.5",
      yearsInRole: "",
      experience: {},
      held: ["CPC"],
      objective: "fastest",
      k: "3",
      avoidCredentials: [],
      avoidBodies: [],
      maxYears: "",
    });
    expect(plannerFieldsFrom(newcomer)).toMatchObject({ currentRole: "", yearsExperience: "0", held: [] });
  });

  it("ask for a target before anything is planned", () => {
    expect(parsePlannerFields(plannerFieldsFrom(coder), coder.held, today)).toEqual({
      ok: false,
      errors: { target: "Choose the role you want to reach." },
    });
  });

  it("become the request the planner's schema accepts, with the record's dates and empty fields left out", () => {
    const fields = { ...plannerFieldsFrom(coder), target: "him-manager" };
    const parsed = parsePlannerFields(fields, coder.held, today);
    expect(parsed).toEqual({
      ok: true,
      request: {
        currentRole: "outpatient-coder",
        target: "him-manager",
        education: "associate",
        yearsExperience: 2.5,
        credentials: [{ code: "CPC", earnedOn: "2024-01-10" }],
        objective: "fastest",
        k: 3,
        avoidCredentials: [],
        avoidBodies: [],
        maxYears: null,
      },
    });
    if (parsed.ok) expect(planRequestSchema.safeParse(parsed.request).success).toBe(true);
  });

  it("carry what was refined: years in role and by kind, a credential ticked today, limits and an objective", () => {
    const fields = {
      ...plannerFieldsFrom(newcomer),
      target: "cdi-specialist",
      yearsExperience: " ",
      yearsInRole: "1.5",
      experience: { cdi: "2", coding: "", billing: " " },
      held: ["RHIT"],
      objective: "best_pay" as const,
      k: "5",
      avoidCredentials: ["CCDS"],
      avoidBodies: ["AAPC"],
      maxYears: "6",
    };
    expect(parsePlannerFields(fields, newcomer.held, today)).toEqual({
      ok: true,
      request: {
        currentRole: null,
        target: "cdi-specialist",
        education: "high_school",
        yearsExperience: 0,
        yearsInRole: 1.5,
        experience: { cdi: 2 },
        credentials: [{ code: "RHIT", earnedOn: today }],
        objective: "best_pay",
        k: 5,
        avoidCredentials: ["CCDS"],
        avoidBodies: ["AAPC"],
        maxYears: 6,
      },
    });
  });

  it("pass text that is not a number on for the planner to name, rather than guessing a value", () => {
    const fields = { ...plannerFieldsFrom(coder), target: "him-manager", yearsExperience: "two", maxYears: "x" };
    const parsed = parsePlannerFields(fields, coder.held, today);
    expect(parsed.ok && parsed.request.yearsExperience).toBeNaN();
    const issues = parsed.ok ? planRequestSchema.safeParse(parsed.request).error?.issues : [];
    expect(issues?.map((i) => i.path.join("."))).toEqual(["yearsExperience", "maxYears"]);
    expect(issues?.[0]?.message).toBe("yearsExperience must be a number of years, such as 2 or 1.5.");
  });
});
