import { describe, expect, it } from "vitest";
import credentialsJson from "@/prisma/data/credentials.json";
import feesJson from "@/prisma/data/fees.json";
import movesJson from "@/prisma/data/moves.json";
import payJson from "@/prisma/data/pay.json";
import rolesJson from "@/prisma/data/roles.json";
import ruleSetsJson from "@/prisma/data/rule-sets.json";
import sourcesJson from "@/prisma/data/sources.json";
import { parseSeedData } from "@/prisma/seed-data";

const raw = () =>
  structuredClone({ sourcesJson, rolesJson, movesJson, credentialsJson, feesJson, ruleSetsJson, payJson });

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
});
