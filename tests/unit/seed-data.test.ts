import { describe, expect, it } from "vitest";
import credentialsJson from "@/prisma/data/credentials.json";
import feesJson from "@/prisma/data/fees.json";
import movesJson from "@/prisma/data/moves.json";
import payJson from "@/prisma/data/pay.json";
import rolesJson from "@/prisma/data/roles.json";
import ruleSetsJson from "@/prisma/data/rule-sets.json";
import sourcesJson from "@/prisma/data/sources.json";
import { parseSeedData, type SeedData } from "@/prisma/seed-data";

const raw = () =>
  structuredClone({ sourcesJson, rolesJson, movesJson, credentialsJson, feesJson, ruleSetsJson, payJson });
type Raw = ReturnType<typeof raw>;

/** Roles with no move onward. */
function deadEnds(data: SeedData): string[] {
  const onward = new Set(data.moves.moves.map((m) => m.from));
  return data.roles.roles.map((r) => r.slug).filter((slug) => !onward.has(slug));
}

/** Roles no sequence of moves reaches from an entry-level (level 1) role. */
function unreachable(data: SeedData): string[] {
  const reached = new Set(data.roles.roles.filter((r) => r.level === 1).map((r) => r.slug));
  for (let grew = true; grew;) {
    grew = false;
    for (const m of data.moves.moves) if (reached.has(m.from) && !reached.has(m.to)) grew = !!reached.add(m.to);
  }
  return data.roles.roles.map((r) => r.slug).filter((slug) => !reached.has(slug));
}

describe("parseSeedData", () => {
  it("accepts the shipped data and fingerprints it", () => {
    const data = parseSeedData();
    expect(data.roles.roles).toHaveLength(16);
    expect(data.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(parseSeedData().hash).toBe(data.hash);
  });

  it("changes the fingerprint when any figure changes", () => {
    const r = raw();
    r.feesJson[0]!.amountUsd += 1;
    expect(parseSeedData(r).hash).not.toBe(parseSeedData().hash);
  });

  it("refuses a move to a role that does not exist, naming it", () => {
    const r = raw();
    r.movesJson.moves[0]!.to = "astronaut";
    expect(() => parseSeedData(r)).toThrow(/move roi-specialist→astronaut: unknown role "astronaut"/);
  });

  it("refuses a requirement naming an unknown credential", () => {
    const r = raw();
    (r.movesJson.moves[0]!.routes[0] as { credentials: string[][] }).credentials = [["CPC", "NOPE"]];
    expect(() => parseSeedData(r)).toThrow(/unknown credential "NOPE"/);
  });

  it("refuses a figure whose source is missing", () => {
    const r = raw();
    r.payJson.figures[0]!.source = "nowhere";
    expect(() => parseSeedData(r)).toThrow(/pay figure guide-entry: unknown source "nowhere"/);
  });

  it("refuses percentiles that decrease, with the file and field", () => {
    const r = raw();
    const f = r.payJson.figures.find((x) => x.key === "bls-2023-29-2072")! as { p25?: number; median?: number };
    f.p25 = 90000;
    expect(() => parseSeedData(r)).toThrow(/pay\.json › figures\.\d+: percentiles must not decrease/);
  });

  it("refuses an unknown confidence label and a rule set with a malformed rule", () => {
    const r = raw();
    (r.feesJson[0] as { confidence: string }).confidence = "probably";
    expect(() => parseSeedData(r)).toThrow(/fees\.json › 0\.confidence/);
    const r2 = raw();
    (r2.ruleSetsJson[0]!.rules.requirement as { byCount: unknown }).byCount = [];
    expect(() => parseSeedData(r2)).toThrow(/rule-sets\.json › 0\.rules\.requirement\.byCount/);
  });

  it("refuses duplicate keys", () => {
    const r = raw();
    r.sourcesJson.push({ ...r.sourcesJson[0]! });
    expect(() => parseSeedData(r)).toThrow(/duplicate source key "him-career-guide"/);
  });

  it("refuses a rule set naming a credential the catalog lacks, or one of another body", () => {
    const aapc = (r: Raw) => r.ruleSetsJson.find((x) => x.body === "AAPC")! as { key: string; rules: object };
    const key = aapc(raw()).key;
    const r = raw();
    Object.assign(aapc(r).rules, { topicMinimums: [{ credential: "NOPE", topic: "auditing", ceus: 16 }] });
    expect(() => parseSeedData(r)).toThrow(new RegExp(`rule set ${key}: unknown credential "NOPE"`));
    const r2 = raw();
    Object.assign(aapc(r2).rules, { specialty: { perCredential: 8, credentials: ["CEMC", "NOPE2"] } });
    expect(() => parseSeedData(r2)).toThrow(new RegExp(`rule set ${key}: unknown credential "NOPE2"`));
    const r3 = raw();
    Object.assign(aapc(r3).rules, { specialty: { perCredential: 8, credentials: ["CCS"] } });
    expect(() => parseSeedData(r3)).toThrow(
      new RegExp(`rule set ${key}: credential "CCS" is issued by AHIMA, not AAPC`),
    );
  });

  describe("refuses a fee, a rule set or a pay figure without its year, source or confidence", () => {
    const facts = [
      ["fee", /fees\.json › 0/, (r: Raw) => r.feesJson[0]!],
      ["rule set", /rule-sets\.json › 0/, (r: Raw) => r.ruleSetsJson[0]!],
      ["pay figure", /pay\.json › figures\.0/, (r: Raw) => r.payJson.figures[0]!],
    ] as const;
    for (const [what, where, pick] of facts) {
      for (const field of ["year", "source", "confidence"] as const) {
        it(`${what} without a ${field}`, () => {
          const r = raw();
          delete (pick(r) as Record<string, unknown>)[field];
          expect(() => parseSeedData(r)).toThrow(new RegExp(`${where.source}\\.${field}: `));
        });
      }
    }

    it("names what is missing when the year is", () => {
      const r = raw();
      delete (r.feesJson[0] as Record<string, unknown>).year;
      expect(() => parseSeedData(r)).toThrow(/fees\.json › 0\.year: needs a year/);
    });
  });
});

describe("the shipped ladder", () => {
  it("has no dead end but the director: every other role has a move onward", () => {
    expect(deadEnds(parseSeedData()).filter((slug) => slug !== "him-director")).toEqual([]);
  });

  it("would notice a dead end, as when a role's moves onward are removed", () => {
    const r = raw();
    r.movesJson.moves = r.movesJson.moves.filter((m) => m.from !== "privacy-officer");
    expect(deadEnds(parseSeedData(r)).filter((slug) => slug !== "him-director")).toEqual(["privacy-officer"]);
  });

  it("reaches every role from an entry-level role, and would notice one it cannot", () => {
    expect(unreachable(parseSeedData())).toEqual([]);
    const r = raw();
    r.movesJson.moves = r.movesJson.moves.filter((m) => m.to !== "cancer-registrar");
    expect(unreachable(parseSeedData(r))).toEqual(["cancer-registrar"]);
  });

  it("asks the same of every coder moving into CDI", () => {
    const into = parseSeedData().moves.moves.filter((m) => m.to === "cdi-specialist");
    const asked = into.map((m) => m.routes.map((route) => route.credentials));
    expect(into.map((m) => m.from).sort()).toEqual(["inpatient-coder", "outpatient-coder", "risk-adjustment-coder"]);
    expect(new Set(asked.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(asked[0]![0]![0]).toEqual(expect.arrayContaining(["CCS", "CPC", "COC", "CRC", "RHIT", "RHIA", "RN"]));
  });

  it("prices the exam of every AAPC certification, once and with a retake", () => {
    const data = parseSeedData();
    const aapc = data.credentials.credentials.filter((c) => c.body === "AAPC").map((c) => c.code);
    for (const code of aapc) {
      const exam = data.fees.filter((f) => f.credential === code && f.kind === "exam").map((f) => f.amountUsd);
      expect(
        exam.sort((a, b) => a - b),
        code,
      ).toEqual([425, 499]);
    }
  });
});
