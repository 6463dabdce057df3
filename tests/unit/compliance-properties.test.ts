import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compliance } from "@/lib/credentials/compliance";
import type { EntryInput, HeldInput } from "@/lib/credentials/compliance-types";
import { shippedRuleSets } from "../helpers/rule-sets";

const sets = shippedRuleSets();
const catalog: [string, string][] = [
  ["CPC", "AAPC"],
  ["CPMA", "AAPC"],
  ["CPCO", "AAPC"],
  ["CRC", "AAPC"],
  ["RHIT", "AHIMA"],
  ["RHIA", "AHIMA"],
  ["CCS", "AHIMA"],
  ["CHPS", "AHIMA"],
  ["CCDS", "ACDIS"],
  ["CCDS-O", "ACDIS"],
  ["CPHIMS", "HIMSS"],
  ["ODS", "NCRA"],
];
const day = (offset: number) => new Date(Date.UTC(2022, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

const heldArb = fc
  .uniqueArray(
    fc.record({ i: fc.integer({ min: 0, max: catalog.length - 1 }), d: fc.integer({ min: 0, max: 1200 }) }),
    {
      selector: (h) => h.i,
      minLength: 1,
      maxLength: 5,
    },
  )
  .map((list) =>
    list.map(({ i, d }): HeldInput => ({
      code: catalog[i]![0],
      body: catalog[i]![1],
      earnedOn: day(d),
      cycleStart: null,
      cycleEnd: null,
      ceuRequired: null,
    })),
  );
const entryArb = fc.record({
  d: fc.integer({ min: 0, max: 1500 }),
  ceus: fc.integer({ min: 1, max: 40 }).map((n) => n / 2),
  topics: fc.subarray(["auditing", "compliance", "ethics", "coding"]),
  hiimDomain: fc.boolean(),
  source: fc.constantFrom("ahima", "himss_approved", "aapc", "other") as fc.Arbitrary<EntryInput["source"]>,
  externalBody: fc.boolean(),
});
const entriesArb = fc.array(entryArb, { maxLength: 25 }).map((list) =>
  list.map((e, i): EntryInput => ({
    id: `e${i}`,
    title: "t",
    date: day(e.d),
    ceus: e.ceus,
    topics: e.topics,
    hiimDomain: e.hiimDomain,
    source: e.source,
    externalBody: e.externalBody,
    appliesTo: [],
  })),
);

const earnedBy = (items: ReturnType<typeof compliance>) =>
  new Map(items.map((i) => [`${i.body}|${i.credentials.join("+")}|${i.cycle}`, i.earned]));

describe("compliance properties", () => {
  it("adding an entry never lowers what is earned, and removing one never raises it", () => {
    fc.assert(
      fc.property(heldArb, entriesArb, entryArb, (held, entries, extra) => {
        const asOf = day(1500);
        const before = earnedBy(compliance(held, entries, sets, { asOf }));
        const added: EntryInput = {
          id: "extra",
          title: "t",
          date: day(extra.d),
          ceus: extra.ceus,
          topics: extra.topics,
          hiimDomain: extra.hiimDomain,
          source: extra.source,
          externalBody: extra.externalBody,
          appliesTo: [],
        };
        const after = earnedBy(compliance(held, [...entries, added], sets, { asOf }));
        for (const [key, earned] of before)
          if (after.has(key)) expect(after.get(key)!).toBeGreaterThanOrEqual(earned - 1e-9);
        if (entries.length) {
          const fewer = earnedBy(compliance(held, entries.slice(1), sets, { asOf }));
          for (const [key, earned] of before)
            if (fewer.has(key)) expect(fewer.get(key)!).toBeLessThanOrEqual(earned + 1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never counts more than was logged in a cycle, and owes nothing only when every minimum and quota is met", () => {
    fc.assert(
      fc.property(heldArb, entriesArb, (held, entries) => {
        for (const item of compliance(held, entries, sets, { asOf: day(1500) })) {
          // AAPC lets the renewal month's spare CEUs count toward the next cycle too.
          const dayBefore = new Date(Date.parse(`${item.cycleStart}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 7);
          const logged = entries
            .filter(
              (e) =>
                (e.date >= item.cycleStart && e.date <= item.cycleEnd) ||
                (item.body === "AAPC" && e.date.startsWith(dayBefore)),
            )
            .reduce((s, e) => s + e.ceus, 0);
          expect(item.earned).toBeLessThanOrEqual(logged + 1e-9);
          expect(item.remaining).toBeGreaterThanOrEqual(0);
          if (item.remaining === 0) {
            expect(item.earned).toBeGreaterThanOrEqual(item.required - 1e-9);
            for (const m of item.minimums) expect(m.earned).toBeGreaterThanOrEqual(m.required - 1e-9);
            for (const q of item.quotas) expect(q.met).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a credential replaced by one held never raises the requirement (RHIT beside an RHIA)", () => {
    fc.assert(
      fc.property(heldArb, fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 0, max: 1200 }), (held, a, b) => {
        const [rhiaDay, rhitDay] = [Math.max(a, b), Math.min(a, b)];
        const others = held.filter((h) => h.code !== "RHIT" && h.code !== "RHIA");
        const rhia: HeldInput = { ...heldAs("RHIA", day(rhiaDay)), replaces: ["RHIT"] };
        const asOf = day(1500);
        const requiredOf = (list: HeldInput[]) =>
          compliance(list, [], sets, { asOf })
            .filter((i) => i.body === "AHIMA" && i.cycle === "current")
            .reduce((sum, i) => sum + i.required, 0);
        const without = requiredOf([...others, rhia]);
        const withRhit = requiredOf([...others, rhia, heldAs("RHIT", day(rhitDay))]);
        expect(withRhit).toBeLessThanOrEqual(without);
      }),
      { numRuns: 300 },
    );
  });

  it("AAPC CEUs always fall due on the membership's month and day, in a year of the month's parity", () => {
    const dateArb = (from: number, to: number) => fc.integer({ min: from, max: to }).map(day);
    fc.assert(
      fc.property(dateArb(0, 1200), dateArb(0, 1800), dateArb(1300, 2400), (earned, membership, asOf) => {
        const item = compliance([heldAs("CPC", earned)], [], sets, { asOf, memberships: { AAPC: membership } }).find(
          (i) => i.cycle === "current",
        )!;
        const month = Number(membership.slice(5, 7));
        expect(item.dueDate.slice(5, 7)).toBe(membership.slice(5, 7));
        expect(Number(item.dueDate.slice(0, 4)) % 2).toBe(month % 2);
        expect(item.dueDate >= asOf).toBe(true);
        // A 29 February expiration falls on the 28th in a common year; every other day is kept.
        if (membership.slice(5) !== "02-29") expect(item.dueDate.slice(8)).toBe(membership.slice(8));
      }),
      { numRuns: 500 },
    );
  });
});

function heldAs(code: string, earnedOn: string): HeldInput {
  const body = catalog.find(([c]) => c === code)![1];
  return { code, body, earnedOn, cycleStart: null, cycleEnd: null, ceuRequired: null };
}
