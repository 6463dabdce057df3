import { describe, expect, it } from "vitest";
import { compliance } from "@/lib/credentials/compliance";
import type { EntryInput, HeldInput } from "@/lib/credentials/compliance-types";
import { shippedRuleSets } from "../helpers/rule-sets";

const sets = shippedRuleSets();
const bodyOf: Record<string, string> = {
  CPC: "AAPC",
  COC: "AAPC",
  CPMA: "AAPC",
  CRC: "AAPC",
  CPB: "AAPC",
  CDEO: "AAPC",
  CPCO: "AAPC",
  RHIT: "AHIMA",
  RHIA: "AHIMA",
  CCA: "AHIMA",
  CCS: "AHIMA",
  "CCS-P": "AHIMA",
  CDIP: "AHIMA",
  CHDA: "AHIMA",
  CHPS: "AHIMA",
  CCDS: "ACDIS",
  "CCDS-O": "ACDIS",
  CAHIMS: "HIMSS",
  CPHIMS: "HIMSS",
  ODS: "NCRA",
};
const held = (code: string, earnedOn: string, extra: Partial<HeldInput> = {}): HeldInput => ({
  code,
  body: bodyOf[code]!,
  earnedOn,
  cycleStart: null,
  cycleEnd: null,
  ceuRequired: null,
  ...extra,
});
let n = 0;
const entry = (date: string, ceus: number, extra: Partial<EntryInput> = {}): EntryInput => ({
  id: `e${++n}`,
  title: "Course",
  date,
  ceus,
  topics: [],
  hiimDomain: false,
  source: "other",
  externalBody: false,
  appliesTo: [],
  ...extra,
});
const current = (items: ReturnType<typeof compliance>, body: string) =>
  items.find((i) => i.body === body && i.cycle === "current")!;

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

  it("meets CPMA's 16 auditing and CPCO's 16 compliance from one pool, giving a two-topic course to the scarcer", () => {
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

describe("ACDIS, HIMSS and NCRA", () => {
  it("ACDIS: 30 per two years from the exam, at most 10 from one outside activity, 45 days of grace", () => {
    const entries = [entry("2025-06-01", 15, { externalBody: true }), entry("2025-07-01", 12)];
    const item = current(compliance([held("CCDS", "2025-02-01")], entries, sets, { asOf: "2025-12-01" }), "ACDIS");
    expect(item).toMatchObject({ required: 30, earned: 22, remaining: 8, cycleEnd: "2027-01-31" });
    expect(item.explanation).toMatch(/5 over the per-activity cap not counted/);
    const late = compliance([held("CCDS", "2023-02-01")], [], sets, { asOf: "2025-03-01" });
    expect(late.map((i) => i.status)).toEqual(["grace", "grace"]);
    expect(compliance([held("CCDS", "2023-02-01")], [], sets, { asOf: "2025-03-18" })[0]!.status).toBe("inactive");
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
    expect(item).toMatchObject({ required: 45, earned: 45, cycleEnd: "2028-01-09", remaining: 1, met: false });
    expect(item.quotas).toEqual([
      { rule: "At least 25 from HIMSS or HIMSS-approved providers", required: 25, earned: 24, met: false },
      { rule: "At least 2 on ethics", required: 2, earned: 21, met: true },
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

  it("AAPC: 8 specialty CEUs for each specialty credential held", () => {
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
