import { describe, expect, it } from "vitest";
import { compliance } from "@/lib/credentials/compliance";
import { current, entry, held, previous, sets } from "../helpers/compliance-fixtures";

// AAPC as REFERENCE.md states it (AAPC "Maintain your certification", CEU information page, help "When will my
// credential(s) be revoked?" and membership FAQ, all read 2026).

describe("AAPC: the pooled requirement (CEU information page, read 2026)", () => {
  it.each([
    [["CPC"], 36],
    [["CPC", "CPMA"], 40],
    [["CPC", "CPMA", "CRC"], 44],
    [["CPC", "CPMA", "CRC", "CPB"], 48],
    [["CPC", "CPMA", "CRC", "CPB", "CDEO"], 52],
    [["CPC", "CPMA", "CRC", "CPB", "CDEO", "CPCO"], 52],
  ])("pools one requirement for %j: %i CEUs per cycle", (codes, required) => {
    const items = compliance(
      codes.map((c) => held(c, "2025-03-10")),
      [],
      sets,
      { asOf: "2026-01-15" },
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ body: "AAPC", required, remaining: required });
    expect(items[0]!.ruleSet?.key).toBe("aapc-current");
  });

  it("meets CPMA's 16 auditing and CPCO's 16 compliance from one pool; a two-topic course goes to the scarcer", () => {
    // Taking the two-topic course for auditing first would leave compliance 10 short.
    const entries = [
      entry("2025-05-01", 10, { topics: ["auditing", "compliance"] }),
      entry("2025-06-01", 16, { topics: ["auditing"] }),
      entry("2025-07-01", 6, { topics: ["compliance"] }),
      entry("2025-08-01", 20),
    ];
    const item = current(
      compliance([held("CPMA", "2025-03-10"), held("CPCO", "2025-03-10")], entries, sets, { asOf: "2026-01-15" }),
      "AAPC",
    );
    expect(item.minimums).toEqual([
      { credential: "CPMA", topic: "auditing", required: 16, earned: 16 },
      { credential: "CPCO", topic: "compliance", required: 16, earned: 16 },
    ]);
    expect(item).toMatchObject({ required: 40, earned: 52, remaining: 0, met: true, status: "active" });
  });

  it("owes the topic gap even when the pool total is reached", () => {
    const item = current(
      compliance([held("CPMA", "2025-03-10")], [entry("2025-05-01", 40, { topics: ["coding"] })], sets, {
        asOf: "2026-01-15",
      }),
      "AAPC",
    );
    expect(item).toMatchObject({ required: 36, earned: 40, remaining: 16, met: false });
    expect(item.explanation).toMatch(/CPMA needs 16 on auditing: 0 so far/);
  });

  it("CPPM 16 practice management and CIRCC 16 interventional radiology/cardiovascular, inside a pool of 40", () => {
    const entries = [
      entry("2025-05-01", 16, { topics: ["practice_management"] }),
      entry("2025-06-01", 10, { topics: ["interventional_radiology_cardiovascular"] }),
    ];
    const item = current(
      compliance([held("CPPM", "2025-03-10"), held("CIRCC", "2025-03-10")], entries, sets, { asOf: "2026-01-15" }),
      "AAPC",
    );
    expect(item.minimums).toEqual([
      { credential: "CPPM", topic: "practice_management", required: 16, earned: 16 },
      { credential: "CIRCC", topic: "interventional_radiology_cardiovascular", required: 16, earned: 10 },
    ]);
    expect(item).toMatchObject({ required: 40, earned: 26, remaining: 14 });
  });

  it("8 specialty CEUs for each specialty credential held (CEMC, CGSC), inside the pool", () => {
    const item = current(
      compliance(
        [held("CPC", "2025-03-10"), held("CEMC", "2025-03-10"), held("CGSC", "2025-03-10")],
        [entry("2025-05-01", 10, { topics: ["specialty"] })],
        sets,
        { asOf: "2026-01-15" },
      ),
      "AAPC",
    );
    expect(item.required).toBe(44);
    expect(item.minimums).toEqual([
      { credential: "CEMC", topic: "specialty", required: 8, earned: 8 },
      { credential: "CGSC", topic: "specialty", required: 8, earned: 2 },
    ]);
  });

  it("counts an entry on the cycle's last day, not one on the next day, and none from before certification", () => {
    const entries = [entry("2027-03-09", 5), entry("2027-03-10", 7), entry("2025-03-09", 9)];
    const items = compliance([held("CPC", "2025-03-10")], entries, sets, { asOf: "2027-02-01" });
    const item = current(items, "AAPC");
    expect(item.earned).toBe(5);
    expect(item.excluded).toEqual([]); // 2025-03-09 is before the cycle as well as before certification
    const early = compliance(
      [held("CPC", "2025-03-10", { cycleStart: "2025-03-01", cycleEnd: "2027-02-28" })],
      [entry("2025-03-05", 3)],
      sets,
      { asOf: "2026-01-01" },
    );
    expect(current(early, "AAPC").excluded).toEqual([
      { entryId: expect.any(String), reason: "earned before certification" },
    ]);
  });

  it("lets CEUs from the renewal month that the old cycle did not need count toward the new one", () => {
    const entries = [entry("2024-01-10", 36), entry("2025-03-01", 4)];
    const item = current(compliance([held("CPC", "2023-03-10")], entries, sets, { asOf: "2025-05-01" }), "AAPC");
    expect(item).toMatchObject({ cycleStart: "2025-03-10", earned: 4 });
  });
});

describe("AAPC: cycles follow the membership (Maintain your certification, read 2026)", () => {
  const tracked = { trackedSince: "2025-06-01" }; // earlier cycles were renewed before tracking began

  it("membership expiring in March (odd month): CEUs due 31 March of odd years", () => {
    const items = compliance([held("CPC", "2023-06-15", tracked)], [], sets, {
      asOf: "2026-01-15",
      memberships: { AAPC: "2026-03-31" },
    });
    expect(current(items, "AAPC")).toMatchObject({
      cycleStart: "2025-04-01",
      cycleEnd: "2027-03-31",
      dueDate: "2027-03-31",
      required: 36,
      assumptions: [],
    });
  });

  it("membership expiring in August (even month): CEUs due 31 August of even years", () => {
    const items = compliance([held("CPC", "2023-06-15", tracked)], [], sets, {
      asOf: "2026-01-15",
      memberships: { AAPC: "2026-08-31" },
    });
    expect(current(items, "AAPC")).toMatchObject({
      cycleStart: "2024-09-01",
      cycleEnd: "2026-08-31",
      dueDate: "2026-08-31",
    });
  });

  it("without the membership date, estimates from certification and says the due date is a guess", () => {
    const item = current(compliance([held("CPC", "2023-06-15", tracked)], [], sets, { asOf: "2026-01-15" }), "AAPC");
    expect(item).toMatchObject({ cycleStart: "2025-06-15", cycleEnd: "2027-06-14" });
    expect(item.assumptions).toEqual([
      expect.stringMatching(/due on your AAPC membership expiration date.*2027-06-14 is a guess/),
    ]);
  });

  it("pro-rates the first cycle to the membership date as a labelled estimate, or takes AAPC's own figure", () => {
    const cpc = held("CPC", "2026-01-10");
    const opts = { asOf: "2026-06-01", memberships: { AAPC: "2027-03-31" } };
    const estimate = current(compliance([cpc], [], sets, opts), "AAPC");
    expect(estimate).toMatchObject({ cycleStart: "2026-01-10", cycleEnd: "2027-03-31", required: 23 });
    expect(estimate.assumptions.join(" ")).toMatch(/publishes no formula: 23 CEUs .* is an estimate/);

    const own = { ...cpc, requiredOverride: { cycleEnd: "2027-03-31", ceus: 20 } };
    const exact = current(compliance([own], [], sets, opts), "AAPC");
    expect(exact).toMatchObject({ required: 20, assumptions: [] });
    expect(exact.explanation).toMatch(/20 CEUs for this cycle, as you entered from AAPC's own tracker/);

    // The figure was for that cycle only: the next one is the full pool again.
    const next = current(compliance([own], [], sets, { ...opts, asOf: "2027-05-01" }), "AAPC");
    expect(next).toMatchObject({ cycleStart: "2027-04-01", cycleEnd: "2029-03-31", required: 36 });
  });
});

describe("AAPC: after the due date (help 'When will my credential(s) be revoked?', read 2026)", () => {
  const cpc = [held("CPC", "2021-05-01")];
  const firstCycleMet = [entry("2022-06-01", 36)]; // the first cycle ends 2023-03-31
  const opts = (asOf: string) => ({ asOf, memberships: { AAPC: "2026-03-31" } });
  const status = (asOf: string) =>
    compliance(cpc, firstCycleMet, sets, opts(asOf)).map((i) => `${i.cycle}:${i.status}`);

  it("due soon within 90 days, then 30 days of grace, 60 days of late fee, revoked at 90 days overdue", () => {
    expect(status("2024-06-01")).toEqual(["current:active"]);
    expect(status("2025-02-15")).toEqual(["current:due_soon"]); // due 2025-03-31
    expect(status("2025-04-30")).toEqual(["previous:grace", "current:grace"]);
    expect(status("2025-05-01")).toEqual(["previous:late_fee", "current:late_fee"]);
    expect(status("2025-06-29")).toEqual(["previous:late_fee", "current:late_fee"]);
    expect(status("2025-06-30")).toEqual(["previous:revoked", "current:revoked"]);
  });

  it("gives every cycle its own stage dates", () => {
    const before = current(compliance(cpc, [], sets, opts("2025-02-15")), "AAPC");
    expect(before).toMatchObject({
      dueDate: "2025-03-31",
      graceEnds: "2025-04-30",
      lateFeeEnds: "2025-06-29",
      revokedOn: "2025-06-30",
    });
    const items = compliance(cpc, [], sets, opts("2025-04-15"));
    expect(previous(items, "AAPC")).toMatchObject({ cycle: "previous", remaining: 36, graceEnds: "2025-04-30" });
    expect(current(items, "AAPC")).toMatchObject({ dueDate: "2027-03-31", graceEnds: "2027-04-30" });
  });
});

describe("AAPC: cycles already reported to the body", () => {
  const cpc = held("CPC", "2021-05-01");
  const opts = { asOf: "2025-06-01", memberships: { AAPC: "2026-03-31" } };

  it("asks, not accuses, when a past cycle looks short", () => {
    const missed = previous(compliance([cpc], [entry("2025-01-10", 2)], sets, opts), "AAPC")!;
    expect(missed.explanation).toMatch(/looks 34 CEUs short here\. Did you report it to AAPC\?/);
  });

  it("counts a reported cycle as met whatever the log holds, and judges the next from its start", () => {
    const reported = { ...cpc, reported: [{ cycleEnd: "2025-03-31", reportedOn: "2025-03-20" }] };
    const items = compliance([reported], [entry("2025-01-10", 2)], sets, opts);
    expect(items.map((i) => `${i.cycle}:${i.status}`)).toEqual(["current:active"]);
    expect(current(items, "AAPC")).toMatchObject({ cycleStart: "2025-04-01", required: 36, earned: 0 });
  });

  it("marks a cycle reported early as met, saying when", () => {
    const early = { ...cpc, reported: [{ cycleEnd: "2027-03-31", reportedOn: "2025-05-30" }] };
    const item = current(compliance([early], [], sets, { ...opts, asOf: "2025-06-01" }), "AAPC");
    expect(item).toMatchObject({ met: true, remaining: 0, reportedOn: "2025-05-30" });
    expect(item.explanation).toMatch(/Reported to AAPC on 2025-05-30: counted as met/);
  });
});
