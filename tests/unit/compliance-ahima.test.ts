import { describe, expect, it } from "vitest";
import { compliance } from "@/lib/credentials/compliance";
import { current, entry, held, previous, sets } from "../helpers/compliance-fixtures";

describe("AHIMA (recertification guide and FAQ, read 2026)", () => {
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
      { rule: "At least 80% within the HIIM domains", kind: "min_share", required: 24, earned: 20, met: false },
      {
        rule: "At least 40% from AHIMA sources (AHIMA, HCPro or a component state association)",
        kind: "min_share",
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
    expect(compliance(h, [], sets, { asOf: "2024-03-01" })[0]).toMatchObject({
      dueDate: "2024-04-30",
      graceEnds: null,
      lateFeeEnds: null,
      revokedOn: "2024-10-28",
    });
  });
});

describe("AHIMA: an RHIA replaces the RHIT (recertification FAQ, read 2026)", () => {
  it("RHIT + RHIA owes 30, not 40, from the day the RHIA is earned, and says why", () => {
    const both = [held("RHIT", "2018-03-01"), held("RHIA", "2025-05-01")];
    const item = current(compliance(both, [], sets, { asOf: "2025-06-01" }), "AHIMA");
    expect(item).toMatchObject({ required: 30, credentials: ["RHIA"], replaced: [{ code: "RHIT", by: "RHIA" }] });
    expect(item.explanation).toMatch(/RHIT is replaced by RHIA \(earned 2025-05-01\): only RHIA's requirement applies/);
  });

  it("a cycle that ended before the RHIA still asks for the RHIT's 20", () => {
    const both = [held("RHIT", "2018-03-01"), held("RHIA", "2025-05-01")];
    const missed = previous(compliance(both, [], sets, { asOf: "2025-06-01" }), "AHIMA");
    expect(missed).toMatchObject({ cycleEnd: "2024-02-29", required: 20, credentials: ["RHIT"], replaced: [] });
  });

  it("RHIA + CCS still owe 40 (the RHIA replaces only the RHIT), and CCS + CCS-P owe 30 (neither replaces)", () => {
    const rhiaCcs = compliance([held("RHIA", "2025-01-10"), held("CCS", "2025-02-10")], [], sets, {
      asOf: "2025-06-01",
    });
    expect(rhiaCcs[0]).toMatchObject({ required: 40, replaced: [] });
    const ccs = compliance([held("CCS", "2025-01-10"), held("CCS-P", "2025-02-10")], [], sets, { asOf: "2025-06-01" });
    expect(ccs[0]).toMatchObject({ required: 30, replaced: [] });
  });
});
