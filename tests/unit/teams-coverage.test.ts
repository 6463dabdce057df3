import { describe, expect, it } from "vitest";
import { coverage, type HeldFact } from "@/lib/teams/coverage";
import { policyProgress } from "@/lib/teams/policy";
import { policySchema } from "@/lib/teams/validation";

// Coverage of a position by any-of groups, and an employer's CE policy (calendar year, new-hire window).

const INPATIENT = [["CCS"], ["CPC", "CIC"]];
const AS_OF = "2026-06-01";
const held = (code: string, status: HeldFact["status"] = "active", dueDate: string | null = "2027-06-01") => ({
  code,
  status,
  dueDate,
});

describe("coverage with any-of groups", () => {
  it("is met by either group: CCS alone, or CPC with CIC", () => {
    expect(coverage(INPATIENT, [held("CCS")], AS_OF)).toEqual({ met: true, missing: [], lapsing: [] });
    expect(coverage(INPATIENT, [held("CPC"), held("CIC")], AS_OF).met).toBe(true);
  });

  it("names what each group still lacks, the nearest group first", () => {
    expect(coverage(INPATIENT, [held("CPC")], AS_OF)).toEqual({ met: false, missing: [["CCS"], ["CIC"]], lapsing: [] });
    expect(coverage(INPATIENT, [], AS_OF).missing).toEqual([["CCS"], ["CPC", "CIC"]]);
  });

  it("does not count a credential that is inactive, revoked or replaced", () => {
    for (const status of ["inactive", "revoked", "replaced"] as const)
      expect(coverage([["RHIT"]], [held("RHIT", status)], AS_OF)).toEqual({
        met: false,
        missing: [["RHIT"]],
        lapsing: [],
      });
  });

  it("counts one in grace or the late-fee stage as still held, and says it is lapsing", () => {
    expect(coverage(INPATIENT, [held("CCS", "grace", "2026-05-20")], AS_OF)).toEqual({
      met: true,
      missing: [],
      lapsing: ["CCS"],
    });
    expect(coverage([["CPC"]], [held("CPC", "late_fee", "2026-04-01")], AS_OF).lapsing).toEqual(["CPC"]);
  });

  it("calls a credential lapsing when owed and due within the window, not one due later or already met", () => {
    expect(coverage([["CCS"]], [held("CCS", "due_soon", "2026-06-20")], AS_OF).lapsing).toEqual(["CCS"]);
    expect(coverage([["CCS"]], [held("CCS", "due_soon", "2026-08-20")], AS_OF).lapsing).toEqual([]);
    expect(coverage([["CCS"]], [held("CCS", "due_soon", "2026-08-20")], AS_OF, 90).lapsing).toEqual(["CCS"]);
    expect(coverage([["CCS"]], [held("CCS", "active", "2026-06-20")], AS_OF).lapsing).toEqual([]);
  });

  it("lets the group that lapses least speak for the person", () => {
    const h = [held("CCS", "grace", "2026-05-20"), held("CPC"), held("CIC")];
    expect(coverage(INPATIENT, h, AS_OF)).toEqual({ met: true, missing: [], lapsing: [] });
  });

  it("matches codes in any letter case", () => {
    expect(coverage([["ccs"]], [held("CCS")], AS_OF).met).toBe(true);
  });
});

const policy = policySchema.parse({
  hoursPerYear: 30,
  topic: "coding",
  topicHours: 15,
  newHireDays: 90,
  newHireHours: 8,
});
const entry = (date: string, ceus: number, topics: string[] = []) => ({ date, ceus, topics });

describe("the employer's CE policy", () => {
  it("counts this calendar year's hours and the topic's share, not last year's", () => {
    const entries = [entry("2025-12-31", 20, ["coding"]), entry("2026-01-01", 10, ["coding"]), entry("2026-03-01", 12)];
    const p = policyProgress(policy, entries, "2020-01-01", AS_OF);
    expect(p.year).toEqual({
      year: 2026,
      required: 30,
      earned: 22,
      topic: { topic: "coding", required: 15, earned: 10 },
      met: false,
    });
  });

  it("is met only when both the total and the topic are met", () => {
    const enough = [entry("2026-01-10", 16, ["coding"]), entry("2026-02-10", 14)];
    expect(policyProgress(policy, enough, "2020-01-01", AS_OF).year?.met).toBe(true);
    const noTopic = [entry("2026-01-10", 40)];
    expect(policyProgress(policy, noTopic, "2020-01-01", AS_OF).year?.met).toBe(false);
  });

  it("counts hours inside the new-hire window only (day 1 is the joining day)", () => {
    const joined = "2026-03-01";
    const entries = [entry("2026-02-28", 8), entry("2026-03-01", 3), entry("2026-05-29", 2), entry("2026-05-30", 9)];
    const p = policyProgress(policy, entries, joined, AS_OF);
    expect(p.newHire).toEqual({ from: joined, windowEnds: "2026-05-29", required: 8, earned: 5, state: "missed" });
  });

  it("keeps the window open while it runs, and met once the hours are in", () => {
    const joined = "2026-05-01";
    expect(policyProgress(policy, [entry("2026-05-10", 4)], joined, AS_OF).newHire?.state).toBe("open");
    expect(policyProgress(policy, [entry("2026-05-10", 8)], joined, AS_OF).newHire?.state).toBe("met");
  });

  it("judges only the parts the team set", () => {
    const yearOnly = policySchema.parse({ hoursPerYear: 12 });
    const p = policyProgress(yearOnly, [entry("2026-01-02", 12)], "2026-01-01", AS_OF);
    expect(p).toEqual({ year: { year: 2026, required: 12, earned: 12, topic: null, met: true }, newHire: null });
  });

  it("refuses half a rule, naming the field", () => {
    const r = policySchema.safeParse({ topic: "coding" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["topicHours"]);
    expect(policySchema.safeParse({ newHireDays: 90 }).error?.issues[0]?.path).toEqual(["newHireHours"]);
    expect(policySchema.safeParse({ hoursPerYear: 10, topic: "coding", topicHours: 12 }).success).toBe(false);
  });
});
