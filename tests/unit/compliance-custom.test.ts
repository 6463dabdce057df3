import { describe, expect, it } from "vitest";
import { compliance } from "@/lib/credentials/compliance";
import type { HeldInput } from "@/lib/credentials/compliance-types";
import { current, entry, held, sets } from "../helpers/compliance-fixtures";

// Credentials from issuers outside the catalog, judged by the rules the person entered.

const chc = (extra: Partial<HeldInput["custom"] & object> = {}): HeldInput => ({
  code: "U-CHC001",
  body: "HCCA",
  earnedOn: "2024-03-01",
  cycleStart: null,
  cycleEnd: null,
  ceuRequired: null,
  custom: {
    name: "Certified in Healthcare Compliance",
    cycleMonths: 24,
    requiredCeus: 40,
    cycleEnd: null,
    topicMinimums: [],
    ...extra,
  },
});

describe("custom credentials (rules you entered)", () => {
  it("owes the entered CEUs per entered cycle, from the day it was earned, labelled as the person's rules", () => {
    const item = current(compliance([chc()], [entry("2025-01-10", 12)], sets, { asOf: "2025-06-01" }), "HCCA");
    expect(item).toMatchObject({
      custom: true,
      credentials: ["U-CHC001"],
      cycleStart: "2024-03-01",
      cycleEnd: "2026-02-28",
      required: 40,
      earned: 12,
      remaining: 28,
      ruleSet: { key: "custom:U-CHC001", source: "Rules you entered", confidence: "assumption" },
    });
  });

  it("follows the cycle end the person gave, and checks their topic minimums", () => {
    const rules = { cycleEnd: "2026-12-31", topicMinimums: [{ topic: "ethics", ceus: 2 }] };
    const item = current(compliance([chc(rules)], [entry("2025-02-01", 40)], sets, { asOf: "2025-06-01" }), "HCCA");
    expect(item).toMatchObject({ cycleStart: "2025-01-01", cycleEnd: "2026-12-31", earned: 40, remaining: 2 });
    expect(item.minimums).toEqual([{ credential: "U-CHC001", topic: "ethics", required: 2, earned: 0 }]);
  });

  it("counts one course for a catalog body and a custom one alike, unless the entry is set to count for one", () => {
    const shared = entry("2025-02-01", 10);
    const only = entry("2025-03-01", 5, { appliesTo: ["U-CHC001"] });
    const items = compliance([held("CPC", "2025-01-15"), chc()], [shared, only], sets, { asOf: "2025-06-01" });
    expect(current(items, "HCCA").earned).toBe(15);
    expect(current(items, "AAPC").earned).toBe(10);
    expect(current(items, "AAPC").excluded).toEqual([{ entryId: only.id, reason: "set to count only for U-CHC001" }]);
  });
});
