import { describe, expect, it } from "vitest";
import { compliance } from "@/lib/credentials/compliance";
import { current, entry, held, sets } from "../helpers/compliance-fixtures";

describe("AAPC", () => {
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
    expect(items[0]).toMatchObject({
      body: "AAPC",
      required,
      cycleStart: "2025-03-10",
      cycleEnd: "2027-03-09",
      remaining: required,
    });
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

  it("pro-rates a first cycle shorter than two years (set by the person)", () => {
    const item = current(
      compliance([held("CPC", "2025-03-10", { cycleStart: "2025-03-10", cycleEnd: "2026-03-09" })], [], sets, {
        asOf: "2025-06-01",
      }),
      "AAPC",
    );
    expect(item).toMatchObject({ required: 18, cycleEnd: "2026-03-09" });
    expect(item.explanation).toMatch(/pro-rated to 18/);
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

  it("moves from active to due soon (within 90 days), then grace (up to 90 days late), then revoked", () => {
    const h = [held("CPC", "2023-03-10")];
    const status = (asOf: string) => compliance(h, [], sets, { asOf }).map((i) => `${i.cycle}:${i.status}`);
    expect(status("2024-06-01")).toEqual(["current:active"]);
    expect(status("2024-12-15")).toEqual(["current:due_soon"]); // due 2025-03-09
    expect(status("2025-04-01")).toEqual(["previous:grace", "current:grace"]);
    expect(status("2025-06-07")).toEqual(["previous:grace", "current:grace"]); // 90 days after 2025-03-09
    expect(status("2025-06-08")).toEqual(["previous:revoked", "current:revoked"]);
    const missed = compliance(h, [], sets, { asOf: "2025-04-01" })[0]!;
    expect(missed).toMatchObject({ cycle: "previous", remaining: 36, graceEnds: "2025-06-07" });
  });

  it("lets CEUs from the renewal month that the old cycle did not need count toward the new one", () => {
    const entries = [entry("2024-01-10", 36), entry("2025-03-01", 4)];
    const item = current(compliance([held("CPC", "2023-03-10")], entries, sets, { asOf: "2025-05-01" }), "AAPC");
    expect(item).toMatchObject({ cycleStart: "2025-03-10", earned: 4 });
  });
});
