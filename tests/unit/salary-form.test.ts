import { describe, expect, it } from "vitest";
import { csvTable } from "@/lib/csv";
import { ordinal } from "@/lib/format";
import {
  assumptionsToQuery,
  fieldsFromAssumptions,
  parseAssumptionFields,
  type AssumptionFields,
} from "@/lib/salary/form";
import { assumptionsFromQuery, assumptionsSchema } from "@/lib/salary/validation";

const empty: AssumptionFields = {
  raisePercent: "",
  baseYearPercent: "",
  currentSalary: "",
  position: "",
  horizonYears: "",
  includeRenewals: true,
  basis: {},
  ownPay: {},
};

describe("the assumptions form", () => {
  it("turns text fields into assumptions, leaving empty ones to their defaults", () => {
    const r = parseAssumptionFields({
      ...empty,
      raisePercent: "2.5",
      currentSalary: "$61,000",
      ownPay: { "privacy-officer": "95000", "him-manager": "" },
      basis: { "cdi-specialist": "guide-senior", "him-manager": "" },
    });
    expect(r).toEqual({
      ok: true,
      value: {
        raisePercent: 2.5,
        currentSalary: 61_000,
        includeRenewals: true,
        basis: { "cdi-specialist": "guide-senior" },
        ownPay: { "privacy-officer": 95_000 },
      },
    });
  });

  it("names each bad field and its fix", () => {
    const r = parseAssumptionFields({
      ...empty,
      raisePercent: "55",
      position: "abc",
      horizonYears: "2.5",
      ownPay: { "privacy-officer": "-3" },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toMatchObject({
      raisePercent: "Must be at most 20%.",
      position: expect.stringMatching(/percentile from 1 to 99/),
      horizonYears: expect.stringMatching(/whole number/),
      "ownPay.privacy-officer": expect.stringMatching(/more than \$0/),
    });
  });

  it("round-trips through the address bar in the API's query format", () => {
    const a = {
      raisePercent: -1.5,
      baseYearPercent: 0,
      position: 62.5,
      currentSalary: null,
      horizonYears: 12,
      includeRenewals: false,
      basis: { "cdi-specialist": "guide-senior" },
      ownPay: { "privacy-officer": 95_000 },
    };
    const q = assumptionsToQuery(a);
    expect(assumptionsSchema.parse(assumptionsFromQuery(new URLSearchParams(q)))).toEqual(a);
    expect(parseAssumptionFields(fieldsFromAssumptions(a))).toEqual({ ok: true, value: a });
  });
});

describe("display helpers", () => {
  it("writes percentile ordinals", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 50, 62.5, 40.04].map(ordinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "50th",
      "62.5th",
      "40th",
    ]);
  });

  it("writes numbers as numbers in chart CSVs, and guards text that a spreadsheet would run", () => {
    expect(
      csvTable(
        ["Year", "Pay", "Role"],
        [
          [2026, -400, "=HYPERLINK()"],
          [2027, null, "Coder, outpatient"],
        ],
      ),
    ).toBe('Year,Pay,Role\r\n2026,-400,\'=HYPERLINK()\r\n2027,,"Coder, outpatient"\r\n');
  });
});
