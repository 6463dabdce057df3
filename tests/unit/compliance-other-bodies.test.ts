import { describe, expect, it } from "vitest";
import { compliance } from "@/lib/credentials/compliance";
import { current, entry, held, sets } from "../helpers/compliance-fixtures";

describe("ACDIS, HIMSS and NCRA", () => {
  it("ACDIS (recertification page, read 2026): 30 per two years, at most 10 from one outside activity", () => {
    const entries = [entry("2025-06-01", 15, { externalBody: true }), entry("2025-07-01", 12)];
    const item = current(compliance([held("CCDS", "2025-02-01")], entries, sets, { asOf: "2025-12-01" }), "ACDIS");
    expect(item).toMatchObject({ required: 30, earned: 22, remaining: 8, cycleEnd: "2027-01-31" });
    expect(item.explanation).toMatch(/5 over the per-activity cap not counted/);
    expect(item.quotas[0]).toMatchObject({ kind: "max_per_activity", required: 10 });
  });

  it("ACDIS: 30 CEUs and no outside activity meet the cycle (the per-activity cap asks for nothing)", () => {
    const entries = [entry("2023-05-01", 20), entry("2023-06-01", 10)];
    const item = current(compliance([held("CCDS", "2022-10-01")], entries, sets, { asOf: "2024-09-01" }), "ACDIS");
    expect(item).toMatchObject({ required: 30, earned: 30, remaining: 0, met: true });
  });

  it("ACDIS (read 2026): passed 2022-10-01 → due ON 2024-10-01, 45 days of grace counted from it", () => {
    const ccds = [held("CCDS", "2022-10-01")];
    expect(compliance(ccds, [], sets, { asOf: "2024-06-01" })[0]).toMatchObject({
      cycleStart: "2022-10-01",
      dueDate: "2024-10-01",
      graceEnds: "2024-11-15",
    });
    const status = (asOf: string) => compliance(ccds, [], sets, { asOf }).map((i) => i.status);
    expect(status("2024-09-30")).toEqual(["due_soon"]);
    expect(status("2024-10-01")).toEqual(["due_soon", "due_soon"]); // due today
    expect(status("2024-11-15")).toEqual(["grace", "grace"]);
    expect(status("2024-11-16")).toEqual(["inactive", "inactive"]);
    // The next cycle starts on the anniversary itself.
    expect(current(compliance(ccds, [], sets, { asOf: "2024-12-01" }), "ACDIS").cycleStart).toBe("2024-10-01");
  });

  it("HIMSS (secondary source): a certification expires on the last day of its month", () => {
    const item = current(compliance([held("CPHIMS", "2023-05-10")], [], sets, { asOf: "2025-01-01" }), "HIMSS");
    expect(item).toMatchObject({ cycleStart: "2023-05-10", cycleEnd: "2026-05-31", dueDate: "2026-05-31" });
    const next = current(compliance([held("CPHIMS", "2023-05-10")], [], sets, { asOf: "2026-07-01" }), "HIMSS");
    expect(next).toMatchObject({ cycleStart: "2026-06-01", cycleEnd: "2029-05-31" });
  });

  it("ACDIS: holding CCDS and CCDS-O, one CEU does not count for both", () => {
    const entries = [entry("2025-06-01", 30)];
    const items = compliance([held("CCDS", "2025-02-01"), held("CCDS-O", "2025-02-01")], entries, sets, {
      asOf: "2025-12-01",
    });
    expect(items.map((i) => [i.credentials[0], i.earned])).toEqual([
      ["CCDS", 30],
      ["CCDS-O", 0],
    ]);
  });

  it("HIMSS: 45 per three years, 25 from HIMSS-approved providers, 2 on ethics", () => {
    const entries = [
      entry("2025-05-01", 24, { source: "himss_approved" }),
      entry("2025-06-01", 21, { topics: ["ethics"] }),
    ];
    const item = current(compliance([held("CPHIMS", "2025-01-10")], entries, sets, { asOf: "2026-01-01" }), "HIMSS");
    expect(item).toMatchObject({ required: 45, earned: 45, cycleEnd: "2028-01-31", remaining: 1, met: false });
    expect(item.quotas).toEqual([
      {
        rule: "At least 25 from HIMSS or HIMSS-approved providers",
        kind: "min_ceus",
        required: 25,
        earned: 24,
        met: false,
      },
      { rule: "At least 2 on ethics", kind: "min_ceus", required: 2, earned: 21, met: true },
    ]);
  });

  it("NCRA: 20 per cycle ending 31 December, due 31 January", () => {
    const item = current(
      compliance([held("ODS", "2024-06-15")], [entry("2025-01-10", 8)], sets, { asOf: "2025-11-15" }),
      "NCRA",
    );
    expect(item).toMatchObject({
      required: 20,
      cycleStart: "2024-06-15",
      cycleEnd: "2025-12-31",
      dueDate: "2026-01-31",
      earned: 8,
      status: "due_soon",
    });
    const january = compliance([held("ODS", "2024-06-15")], [], sets, { asOf: "2026-01-20" });
    expect(january.map((i) => `${i.cycle}:${i.status}`)).toEqual(["previous:due_soon", "current:due_soon"]);
  });
});

describe("across bodies", () => {
  it("counts one course for AAPC and for AHIMA, but once within each", () => {
    const e = entry("2025-05-01", 10, { hiimDomain: true });
    const items = compliance(
      [held("CPC", "2025-01-01"), held("RHIT", "2025-01-01"), held("CCS", "2025-01-01")],
      [e],
      sets,
      { asOf: "2025-06-01" },
    );
    expect(items.map((i) => [i.body, i.required, i.earned])).toEqual([
      ["AAPC", 36, 10],
      ["AHIMA", 30, 10],
    ]);
  });

  it("honours the person's choice of where an entry counts", () => {
    const entries = [entry("2025-05-01", 10, { appliesTo: ["CPC"], topics: ["auditing"] })];
    const items = compliance(
      [held("CPMA", "2025-01-01"), held("CPC", "2025-01-01"), held("RHIT", "2025-01-01")],
      entries,
      sets,
      { asOf: "2025-06-01" },
    );
    const aapc = current(items, "AAPC");
    expect(aapc.earned).toBe(10);
    expect(aapc.minimums[0]).toMatchObject({ credential: "CPMA", earned: 0 });
    expect(current(items, "AHIMA").excluded).toEqual([
      { entryId: entries[0]!.id, reason: "set to count only for CPC" },
    ]);
  });
});

describe("cycles before tracking began", () => {
  it("are not judged when nothing was logged in them (renewed elsewhere)", () => {
    const h = held("RHIT", "2023-01-15", { trackedSince: "2026-11-01" });
    const items = compliance([h], [], sets, { asOf: "2026-11-27" });
    expect(items.map((i) => `${i.cycle}:${i.status}`)).toEqual(["current:due_soon"]); // due 2027-01-14
  });

  it("are judged when the person logged CEUs in them, or tracked them here", () => {
    const logged = compliance(
      [held("RHIT", "2023-01-15", { trackedSince: "2026-11-01" })],
      [entry("2024-05-01", 5)],
      sets,
      { asOf: "2026-11-27" },
    );
    expect(logged[0]).toMatchObject({ cycle: "previous", status: "revoked", remaining: 16 }); // 80% HIIM: 16 of 20
    const tracked = compliance([held("RHIT", "2023-01-15", { trackedSince: "2023-02-01" })], [], sets, {
      asOf: "2026-11-27",
    });
    expect(tracked[0]).toMatchObject({ cycle: "previous", status: "revoked" });
  });
});

describe("the issue's acceptance cases and remaining rules", () => {
  it("CPC + CPMA with 40 CEUs of which 10 on auditing: 40 required, 6 auditing owed, not compliant", () => {
    const entries = [
      entry("2025-06-01", 10, { topics: ["auditing"] }),
      entry("2025-07-01", 30, { topics: ["coding"] }),
    ];
    const item = current(
      compliance([held("CPC", "2025-03-10"), held("CPMA", "2025-03-10")], entries, sets, { asOf: "2026-01-15" }),
      "AAPC",
    );
    expect(item).toMatchObject({ required: 40, earned: 40, remaining: 6, met: false });
    expect(item.minimums).toEqual([{ credential: "CPMA", topic: "auditing", required: 16, earned: 10 }]);
  });

  it("RHIT + CCS requires 30 AHIMA CEUs, and one CEU is not counted twice", () => {
    const items = compliance(
      [held("RHIT", "2025-01-10"), held("CCS", "2025-01-10")],
      [entry("2025-05-01", 10, { hiimDomain: true, source: "ahima" })],
      sets,
      { asOf: "2025-06-01" },
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ required: 30, earned: 10, remaining: 20 });
  });

  it("applies the 2025 AHIMA rules to a cycle starting on 1 January 2025 exactly", () => {
    expect(
      current(compliance([held("RHIA", "2025-01-01")], [], sets, { asOf: "2025-06-01" }), "AHIMA").ruleSet?.key,
    ).toBe("ahima-2025");
  });

  it("AAPC: 8 specialty CEUs for each specialty credential held (any credential the rule names)", () => {
    const withSpecialty = sets.map((s) =>
      s.key === "aapc-current"
        ? { ...s, rules: { ...s.rules, specialty: { perCredential: 8, credentials: ["CRC"] } } }
        : s,
    );
    const entries = [entry("2025-05-01", 5, { topics: ["specialty"] }), entry("2025-06-01", 40)];
    const item = current(
      compliance([held("CPC", "2025-03-10"), held("CRC", "2025-03-10")], entries, withSpecialty, {
        asOf: "2026-01-15",
      }),
      "AAPC",
    );
    expect(item.minimums).toEqual([{ credential: "CRC", topic: "specialty", required: 8, earned: 5 }]);
    expect(item).toMatchObject({ required: 40, earned: 45, remaining: 3 });
  });

  it("does not carry CEUs over from a cycle that already had enough", () => {
    const entries = [entry("2024-01-10", 60)];
    const item = current(compliance([held("RHIA", "2023-01-15")], entries, sets, { asOf: "2025-06-01" }), "AHIMA");
    expect(item).toMatchObject({ cycleStart: "2025-01-15", earned: 0, remaining: 30 });
  });
});
