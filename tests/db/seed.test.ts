import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDatabase } from "@/prisma/seed";
import { referenceCredentials, referenceMoves, referenceRoles } from "../fixtures/reference";

async function counts() {
  const [roles, moves, routes, groups, options, credentials, fees, ruleSets, payFigures, rolePay, sources, outlooks] =
    await Promise.all([
      db.role.count(),
      db.move.count(),
      db.requirementRoute.count(),
      db.requirementGroup.count(),
      db.requirementOption.count(),
      db.credential.count(),
      db.fee.count(),
      db.issuerRuleSet.count(),
      db.payFigure.count(),
      db.rolePayFigure.count(),
      db.source.count(),
      db.occupationOutlook.count(),
    ]);
  return { roles, moves, routes, groups, options, credentials, fees, ruleSets, payFigures, rolePay, sources, outlooks };
}

describe("seeding is idempotent", () => {
  it("skips entirely when the data has not changed (a restart writes nothing)", async () => {
    const before = await db.appMeta.findUniqueOrThrow({ where: { key: "seed_hash" } });
    expect(await seedDatabase(db)).toEqual({ applied: false });
    const after = await db.appMeta.findUniqueOrThrow({ where: { key: "seed_hash" } });
    expect(after.updatedAt).toEqual(before.updatedAt);
  });

  it("rewriting everything twice leaves the same rows and the same ids for keyed rows", async () => {
    const before = await counts();
    const idsBefore = await db.role.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" } });
    await seedDatabase(db, { force: true });
    await seedDatabase(db, { force: true });
    expect(await counts()).toEqual(before);
    expect(await db.role.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" } })).toEqual(idsBefore);
  });

  it("keeps users' references to roles across a re-seed", async () => {
    const role = await db.role.findUniqueOrThrow({ where: { slug: "coding-auditor" } });
    const user = await db.user.create({
      data: { email: "keeps-role@example.org", name: "K", passwordHash: "x", currentRoleId: role.id },
    });
    await seedDatabase(db, { force: true });
    const again = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { currentRole: { select: { slug: true } } },
    });
    expect(again.currentRole?.slug).toBe("coding-auditor");
  });
});

describe("seed integrity against REFERENCE.md", () => {
  it("has every role of §1 at its level", async () => {
    const roles = await db.role.findMany({ select: { slug: true, level: true } });
    expect(Object.fromEntries(roles.map((r) => [r.slug, r.level]))).toEqual(referenceRoles);
  });

  it("has every move of §1 with its typical years, between existing roles, and no others", async () => {
    const moves = await db.move.findMany({
      select: {
        yearsMin: true,
        yearsMax: true,
        fromRole: { select: { slug: true } },
        toRole: { select: { slug: true } },
      },
    });
    const seeded = moves.map((m) => [m.fromRole.slug, m.toRole.slug, m.yearsMin.toNumber(), m.yearsMax.toNumber()]);
    expect(seeded.sort()).toEqual([...referenceMoves].sort());
  });

  it("has every credential of §2 with its body, cycle and CEUs", async () => {
    const rows = await db.credential.findMany({
      where: { kind: "certification" },
      select: { code: true, renewalCycleMonths: true, ceuRequired: true, body: { select: { code: true } } },
    });
    expect(Object.fromEntries(rows.map((c) => [c.code, [c.body.code, c.renewalCycleMonths, c.ceuRequired]]))).toEqual(
      referenceCredentials,
    );
  });

  it("names only existing credentials in requirements, and every route has a source", async () => {
    const routes = await db.requirementRoute.findMany({
      select: {
        label: true,
        source: { select: { key: true } },
        groups: { select: { options: { select: { credential: { select: { code: true } } } } } },
      },
    });
    const codes = new Set((await db.credential.findMany({ select: { code: true } })).map((c) => c.code));
    expect(routes.length).toBeGreaterThan(40);
    for (const r of routes) {
      expect(r.source.key, r.label).toBeTruthy();
      for (const g of r.groups) {
        expect(g.options.length, r.label).toBeGreaterThan(0);
        for (const o of g.options) expect(codes.has(o.credential.code)).toBe(true);
      }
    }
  });

  it("gives every pay figure, fee and rule set a source and a year, noting when it is the year read", async () => {
    const readYear = /year it was read/;
    const source = { select: { key: true, year: true, note: true } } as const;
    const figures = await db.payFigure.findMany({ select: { key: true, year: true, note: true, source } });
    expect(figures.length).toBeGreaterThanOrEqual(29);
    for (const f of figures) {
      expect(f.source.key, f.key).toBeTruthy();
      expect(f.year, f.key).toBeGreaterThanOrEqual(1990);
      if (f.source.year === null) expect(`${f.note} ${f.source.note}`, f.key).toMatch(readYear);
    }
    const facts = [
      ...(await db.fee.findMany({ select: { key: true, year: true, source } })),
      ...(await db.issuerRuleSet.findMany({ select: { key: true, year: true, source } })),
    ];
    for (const f of facts) {
      expect(f.year, f.key).toBeGreaterThanOrEqual(1990);
      if (f.source.year === null) expect(f.source.note, f.key).toMatch(readYear);
    }
  });

  it("stores the BLS figures of §3 exactly, with their tags", async () => {
    const bls = await db.payFigure.findMany({
      where: { socCode: { not: null } },
      select: { key: true, year: true, p10: true, p25: true, median: true, p75: true, p90: true, confidence: true },
    });
    const seen = Object.fromEntries(
      bls.map((f) => [f.key, [f.year, [f.p10, f.p25, f.median, f.p75, f.p90], f.confidence]]),
    );
    expect(seen).toEqual({
      "bls-2023-29-2072": [2023, [35080, 39620, 48780, 61960, 77810], "secondary"],
      "bls-2024-29-2072-median": [2024, [null, null, 50250, null, null], "secondary"],
      "bls-2021-29-9021": [2021, [29680, 37500, 55560, 76960, 98490], "confirmed"],
      "bls-2022-29-9021-median": [2022, [null, null, 58250, null, null], "confirmed"],
      "bls-2024-11-9111-median": [2024, [null, null, 117960, null, null], "secondary"],
      "bls-2023-11-9111-median": [2023, [null, null, 110680, null, null], "confirmed"],
      "bls-2019-11-9111": [2019, [58820, 76770, 100980, 133520, 189000], "confirmed"],
      "bls-2025-15-1211": [2025, [67340, 82860, 105850, 134110, 167710], "secondary"],
    });
    const outlooks = await db.occupationOutlook.findMany({
      select: { socCode: true, period: true, growthPercent: true, confidence: true },
    });
    expect(outlooks.map((o) => [o.socCode, o.period, o.growthPercent.toNumber(), o.confidence]).sort()).toEqual(
      [
        ["29-2072", "2023–33", 9, "confirmed"],
        ["29-2072", "2024–34", 7, "secondary"],
        ["29-9021", "2022–32", 16, "confirmed"],
        ["11-9111", "2023–33", 29, "confirmed"],
        ["11-9111", "2024–34", 23, "secondary"],
      ].sort(),
    );
    const managers = await db.role.findMany({
      where: { slug: { in: ["him-manager", "him-director"] } },
      select: { payFigures: { select: { payFigure: { select: { key: true } } } } },
    });
    for (const r of managers) expect(r.payFigures.map((p) => p.payFigure.key)).toContain("bls-2024-11-9111-median");
  });

  it("tags AAPC's CRC and CPB medians as secondary, as §1 does", async () => {
    const medians = await db.payFigure.findMany({
      where: { key: { in: ["aapc-crc-median", "aapc-cpb-median"] } },
      select: { confidence: true },
    });
    expect(medians.map((m) => m.confidence)).toEqual(["secondary", "secondary"]);
  });

  it("prices AAPC membership: $190 a year, kept for every AAPC credential", async () => {
    const dues = await db.fee.findMany({
      where: { kind: "membership" },
      select: { amountUsd: true, year: true, confidence: true, credentialId: true, body: { select: { code: true } } },
    });
    expect(dues.map((d) => [d.body.code, d.amountUsd.toNumber(), d.year, d.confidence, d.credentialId])).toEqual([
      ["AAPC", 190, 2026, "confirmed", null],
    ]);
  });

  it("follows ACDIS's 2026 prerequisites for CCDS: CCS or CCS-P takes three years as a CDS, not two", async () => {
    const routes = await db.requirementRoute.findMany({
      where: { credential: { code: "CCDS" } },
      select: {
        minKindYears: true,
        source: { select: { year: true } },
        groups: { select: { options: { select: { credential: { select: { code: true } } } } } },
      },
    });
    expect(routes.every((r) => r.source.year === 2026)).toBe(true);
    for (const r of routes) {
      const codes = r.groups.flatMap((g) => g.options.map((o) => o.credential.code));
      if (codes.includes("CCS")) expect(r.minKindYears?.toNumber()).toBe(3);
    }
  });

  it("keeps unconfirmed facts as labelled assumptions rather than dropping them", async () => {
    const cdip = await db.requirementRoute.findMany({
      where: { credential: { code: "CDIP" } },
      select: { confidence: true },
    });
    expect(cdip.length).toBe(2);
    expect(cdip.every((r) => r.confidence === "assumption")).toBe(true);
    const rhitFee = await db.fee.findUniqueOrThrow({ where: { key: "rhit-exam-member" } });
    expect([rhitFee.amountUsd.toNumber(), rhitFee.confidence]).toEqual([229, "assumption"]);
  });

  it("versions AHIMA's rules by effective date", async () => {
    const sets = await db.issuerRuleSet.findMany({
      where: { body: { code: "AHIMA" } },
      orderBy: { key: "asc" },
      select: { key: true, effectiveFrom: true, effectiveTo: true },
    });
    expect(
      sets.map((s) => [
        s.key,
        s.effectiveFrom?.toISOString().slice(0, 10) ?? null,
        s.effectiveTo?.toISOString().slice(0, 10) ?? null,
      ]),
    ).toEqual([
      ["ahima-2021", null, "2025-01-01"],
      ["ahima-2025", "2025-01-01", null],
    ]);
  });
});
