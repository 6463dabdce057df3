import { describe, expect, it } from "vitest";
import { whatIf, type WhatIfRequest } from "@/lib/salary/what-if";
import { shippedWhatIfContext } from "../helpers/pay-context";

// What one more credential costs to keep, from the shipped rules and fees (REFERENCE.md §2: AAPC pool 36/40/44/48/52,
// AHIMA +10 per additional credential and RHIA replacing RHIT, AAPC dues $190 a year, AHIMA $249 per cycle
// non-member (2026, secondary) plus $50 per additional credential (2021 FAQ)).

const ctx = shippedWhatIfContext(2026);
const ask = (req: Partial<WhatIfRequest>) =>
  whatIf(ctx, {
    today: "2026-12-01",
    years: 4,
    credentials: [],
    custom: [],
    add: [],
    remove: [],
    memberships: {},
    ...req,
  });

describe("what-if: one more credential", () => {
  it("a fourth AAPC credential raises the pool from 44 to 48, and adds its exam but no more dues", () => {
    const answer = ask({
      credentials: [
        { code: "CPC", earnedOn: "2021-04-10" },
        { code: "CPMA", earnedOn: "2022-04-10" },
        { code: "CRC", earnedOn: "2023-04-10" },
      ],
      add: [{ code: "CPCO", on: "2027-02-01" }],
      memberships: { AAPC: "2027-03-31" },
    });
    const due2027 = answer.years.find((y) => y.calendarYear === 2027)!;
    expect(due2027.before.requirements).toEqual([{ body: "AAPC", ceus: 44, cycleEnd: "2027-03-31" }]);
    expect(due2027.requirements).toEqual([{ body: "AAPC", ceus: 48, cycleEnd: "2027-03-31" }]);
    expect(due2027.costs).toEqual({ exams: 425, renewals: 0, dues: 190 });
    expect(due2027.before.costs).toEqual({ exams: 0, renewals: 0, dues: 190 });
    expect(due2027.total).toBe(615);
    expect(answer.years.map((y) => y.costs.dues)).toEqual([190, 190, 190, 190]);
    expect(answer.after.ceusPerYear).toBeGreaterThan(answer.before.ceusPerYear);
  });

  it("a second AHIMA credential adds 10 CEUs a cycle and $50 to its renewal", () => {
    const answer = ask({
      credentials: [{ code: "RHIT", earnedOn: "2021-05-01" }],
      add: [{ code: "CCS", on: "2027-01-15" }],
    });
    const due2027 = answer.years.find((y) => y.calendarYear === 2027)!; // cycle 2025-05-01 to 2027-04-30
    expect(due2027.before.requirements).toEqual([{ body: "AHIMA", ceus: 20, cycleEnd: "2027-04-30" }]);
    expect(due2027.requirements).toEqual([{ body: "AHIMA", ceus: 30, cycleEnd: "2027-04-30" }]);
    expect(due2027.before.costs.renewals).toBe(249);
    expect(due2027.costs.renewals).toBe(299);
  });

  it("an RHIA replaces the RHIT: 30 CEUs, not 40, and no fee for a second credential", () => {
    const answer = ask({
      credentials: [{ code: "RHIT", earnedOn: "2021-05-01" }],
      add: [{ code: "RHIA", on: "2027-01-15" }],
    });
    const due2027 = answer.years.find((y) => y.calendarYear === 2027)!;
    expect(due2027.requirements).toEqual([{ body: "AHIMA", ceus: 30, cycleEnd: "2027-04-30" }]);
    expect(due2027.costs.renewals).toBe(249);
  });

  it("removing a credential takes its requirement and fees away", () => {
    const answer = ask({ credentials: [{ code: "CCDS", earnedOn: "2025-10-01" }], remove: ["CCDS"] });
    const due2027 = answer.years.find((y) => y.calendarYear === 2027)!;
    expect(due2027.before.requirements).toEqual([{ body: "ACDIS", ceus: 30, cycleEnd: "2027-09-30" }]);
    expect(due2027.before.costs.renewals).toBe(200);
    expect(due2027.requirements).toEqual([]);
    expect(answer.after.total).toBe(0);
  });
});
