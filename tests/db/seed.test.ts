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

  it("gives every pay figure a source, and a year unless it is labelled an assumption", async () => {
    const figures = await db.payFigure.findMany({
      select: { key: true, year: true, confidence: true, source: { select: { key: true } } },
    });
    expect(figures.length).toBeGreaterThanOrEqual(28);
    for (const f of figures) {
      expect(f.source.key, f.key).toBeTruthy();
      expect(f.year !== null || f.confidence === "assumption", f.key).toBe(true);
    }
  });

  it("stores the BLS figures of §3 exactly", async () => {
    const f = await db.payFigure.findUniqueOrThrow({ where: { key: "bls-2023-29-2072" } });
    expect([f.p10, f.p25, f.median, f.p75, f.p90]).toEqual([35080, 39620, 48780, 61960, 77810]);
    const mgr = await db.payFigure.findUniqueOrThrow({ where: { key: "bls-2023-11-9111-median" } });
    expect([mgr.median, mgr.year, mgr.confidence]).toEqual([110680, 2023, "confirmed"]);
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
