import { describe, expect, it } from "vitest";
import { compliance } from "@/lib/credentials/compliance";
import { deadlinesOf, nextDeadline } from "@/lib/credentials/deadlines";
import { current, held, previous, sets } from "../helpers/compliance-fixtures";

describe("deadlines: each cycle's own dates (AAPC help 'When will my credential(s) be revoked?', read 2026)", () => {
  const items = compliance([held("CPC", "2021-05-01")], [], sets, {
    asOf: "2025-04-15",
    memberships: { AAPC: "2026-03-31" },
  });

  it("a missed cycle: due, grace ends, late-fee stage ends, revoked — counted from its own due date", () => {
    expect(deadlinesOf(previous(items, "AAPC")!)).toEqual([
      { stage: "due", date: "2025-03-31" },
      { stage: "grace_ends", date: "2025-04-30" },
      { stage: "late_fee_ends", date: "2025-06-29" },
      { stage: "revoked", date: "2025-06-30" },
    ]);
  });

  it("the current cycle repeats none of the previous cycle's dates", () => {
    expect(deadlinesOf(current(items, "AAPC"))).toEqual([
      { stage: "due", date: "2027-03-31" },
      { stage: "grace_ends", date: "2027-04-30" },
      { stage: "late_fee_ends", date: "2027-06-29" },
      { stage: "revoked", date: "2027-06-30" },
    ]);
  });

  it("points at the next stage to act before", () => {
    expect(nextDeadline(previous(items, "AAPC")!, "2025-04-15")).toEqual({ stage: "grace_ends", date: "2025-04-30" });
  });

  it("a met cycle has only its due date, plus the submission window where the body has one", () => {
    const acdis = compliance([held("CCDS", "2022-10-01")], [], sets, { asOf: "2023-01-01" });
    const rules = sets.find((s) => s.key === "acdis-current")!.rules;
    const met = { ...acdis[0]!, met: true };
    expect(deadlinesOf(met, rules)).toEqual([
      { stage: "window_opens", date: "2024-08-02" },
      { stage: "due", date: "2024-10-01" },
    ]);
  });
});
