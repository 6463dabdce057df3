import { describe, expect, it } from "vitest";
import { compliance } from "@/lib/credentials/compliance";
import { current, entry, held, sets } from "../helpers/compliance-fixtures";

describe("AHIMA", () => {
  it.each([
    [["RHIT"], 20],
    [["RHIA"], 30],
    [["CCS", "CCS-P"], 30],
    [["RHIT", "CHPS"], 40],
    [["RHIA", "CCS", "CCS-P"], 50],
    [["RHIA", "CCS", "CCS-P", "CHPS"], 50],
  ])("requires %j → %i CEUs in one synchronised cycle", (codes, required) => {
    const items = compliance(
      codes.map((c, i) => held(c, `2025-0${i + 1}-15`)),
      [],
      sets,
      { asOf: "2025-12-01" },
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ required, cycleStart: "2025-01-15", credentials: codes });
  });

  it("needs 80% within the HIIM domains, and from 2025 40% from AHIMA sources", () => {
    const entries = [entry("2025-03-01", 20, { hiimDomain: true, source: "ahima" }), entry("2025-04-01", 10)];
    const item = current(compliance([held("RHIA", "2025-01-01")], entries, sets, { asOf: "2025-12-01" }), "AHIMA");
    expect(item.ruleSet?.key).toBe("ahima-2025");
    expect(item.quotas).toEqual([
      { rule: "At least 80% within the HIIM domains", required: 24, earned: 20, met: false },
      {
        rule: "At least 40% from AHIMA sources (AHIMA, HCPro or a component state association)",
        required: 12,
        earned: 20,
        met: true,
      },
    ]);
    expect(item).toMatchObject({ earned: 30, remaining: 4 });
  });

  it("applies the older rules to a cycle that started on 31 December 2024", () => {
    const item = current(compliance([held("RHIA", "2024-12-31")], [], sets, { asOf: "2025-06-01" }), "AHIMA");
    expect(item.ruleSet?.key).toBe("ahima-2021");
    expect(item.quotas.map((q) => q.rule)).toEqual(["At least 80% within the HIIM domains"]);
  });

  it("makes a missed credential inactive at once (no grace), and revoked after 180 days inactive", () => {
    const h = [held("RHIT", "2022-05-01")];
    const status = (asOf: string) => compliance(h, [], sets, { asOf })[0]!.status;
    expect(status("2024-04-30")).toBe("due_soon");
    expect(status("2024-05-01")).toBe("inactive");
    expect(status("2024-10-27")).toBe("inactive");
    expect(status("2024-10-28")).toBe("revoked");
  });
});
