import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { RequirementRouteInput } from "@/lib/ladder/requirement-schema";
import { parseSeedData, type SeedData } from "./seed-data";

// Writes prisma/data into the database. Idempotent: keyed rows are upserted (ids stay stable, so users' references
// survive), derived rows (requirement routes, join rows) are rebuilt, and the whole run is skipped when the data's
// hash matches the last one applied, so an ordinary restart writes nothing. One transaction: all or nothing.

const SEED_LOCK_KEY = 4_611_001; // any constant; serialises seeding across app instances sharing a server
type Tx = Prisma.TransactionClient;
type Ids = Map<string, string>;

export async function seedDatabase(db: PrismaClient, opts: { force?: boolean } = {}): Promise<{ applied: boolean }> {
  const data = parseSeedData();
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      const last = await tx.appMeta.findUnique({ where: { key: "seed_hash" } });
      if (!opts.force && last?.value === data.hash) return { applied: false };
      await writeAll(tx, data);
      await tx.appMeta.upsert({
        where: { key: "seed_hash" },
        create: { key: "seed_hash", value: data.hash },
        update: { value: data.hash },
      });
      return { applied: true };
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
}

// Seeding is the one place with a query per row: upserts by natural key cannot be batched in Prisma, and it only
// runs when the data files change.
async function writeAll(tx: Tx, d: SeedData) {
  const sources: Ids = new Map();
  for (const s of d.sources) {
    const fields = { title: s.title, publisher: s.publisher, year: s.year, url: s.url ?? null, note: s.note ?? null };
    const row = await tx.source.upsert({ where: { key: s.key }, create: { key: s.key, ...fields }, update: fields });
    sources.set(s.key, row.id);
  }
  const bodies: Ids = new Map();
  for (const b of d.credentials.bodies) {
    const row = await tx.issuingBody.upsert({ where: { code: b.code }, create: b, update: { name: b.name } });
    bodies.set(b.code, row.id);
  }
  const credentials: Ids = new Map();
  for (const c of d.credentials.credentials) {
    const fields = {
      name: c.name,
      kind: c.kind,
      plannable: c.plannable,
      hasApprenticeStatus: c.hasApprenticeStatus,
      replacesCodes: c.replaces,
      summary: c.summary,
      examFormat: c.examFormat ?? null,
      examFormatConfidence: c.examFormatConfidence ?? null,
      renewalCycleMonths: c.renewalCycleMonths ?? null,
      ceuRequired: c.ceuRequired ?? null,
      confidence: c.confidence,
      bodyId: bodies.get(c.body)!,
      sourceId: sources.get(c.source)!,
    };
    const row = await tx.credential.upsert({
      where: { code: c.code },
      create: { code: c.code, ...fields },
      update: fields,
    });
    credentials.set(c.code, row.id);
  }
  const roles: Ids = new Map();
  for (const r of d.roles.roles) {
    const fields = {
      title: r.title,
      level: r.level,
      track: r.track,
      description: r.description,
      onetSocCode: r.onetSocCode,
      socIsProxy: r.socIsProxy,
      experienceKinds: r.experienceKinds,
      credentialsNote: r.credentialsNote ?? null,
    };
    const row = await tx.role.upsert({ where: { slug: r.slug }, create: { slug: r.slug, ...fields }, update: fields });
    roles.set(r.slug, row.id);
  }
  await writeMoves(tx, d, { sources, credentials, roles });
  await writeFeesAndRules(tx, d, { sources, bodies, credentials });
  await writePay(tx, d, { sources, roles });
}

async function writeMoves(tx: Tx, d: SeedData, ids: { sources: Ids; credentials: Ids; roles: Ids }) {
  await tx.roleCredential.deleteMany({});
  await tx.roleCredential.createMany({
    data: d.roles.roles.flatMap((r) =>
      r.typicalCredentials.map((code, position) => ({
        roleId: ids.roles.get(r.slug)!,
        credentialId: ids.credentials.get(code)!,
        position,
      })),
    ),
  });
  // Routes are rebuilt wholesale; nothing a user owns points at them.
  await tx.requirementRoute.deleteMany({});
  const keep: string[] = [];
  for (const m of d.moves.moves) {
    const fromRoleId = ids.roles.get(m.from)!;
    const toRoleId = ids.roles.get(m.to)!;
    const fields = {
      yearsMin: m.yearsMin,
      yearsMax: m.yearsMax,
      note: m.note ?? null,
      confidence: d.moves.defaults.confidence,
      sourceId: ids.sources.get(d.moves.defaults.source)!,
    };
    const row = await tx.move.upsert({
      where: { fromRoleId_toRoleId: { fromRoleId, toRoleId } },
      create: { fromRoleId, toRoleId, ...fields },
      update: fields,
    });
    keep.push(row.id);
    for (const [position, r] of m.routes.entries()) {
      const withDefaults = { source: d.moves.defaults.source, confidence: d.moves.defaults.confidence, ...r };
      await tx.requirementRoute.create({ data: { moveId: row.id, position, ...routeFields(withDefaults, ids) } });
    }
  }
  await tx.move.deleteMany({ where: { id: { notIn: keep } } });
  for (const c of d.credentials.credentials) {
    const credentialId = ids.credentials.get(c.code)!;
    const all = [
      ...c.eligibility.map((r) => ({ r, purpose: "qualify" as const })),
      ...c.apprenticeRemoval.map((r) => ({ r, purpose: "remove_apprentice" as const })),
    ];
    for (const [position, { r, purpose }] of all.entries()) {
      await tx.requirementRoute.create({ data: { credentialId, position, purpose, ...routeFields(r, ids) } });
    }
  }
}

function routeFields(
  r: RequirementRouteInput & { source: string; confidence: "confirmed" | "secondary" | "assumption" },
  ids: { sources: Ids; credentials: Ids },
) {
  return {
    label: r.label,
    minEducation: r.education ?? null,
    educationProgram: r.educationProgram ?? null,
    minYears: r.minYears ?? null,
    experienceKind: r.experience?.kind ?? null,
    minKindYears: r.experience?.years ?? null,
    withinKind: r.experienceWithin?.kind ?? null,
    withinKindYears: r.experienceWithin?.years ?? null,
    currentWorkKind: r.currentWork ?? null,
    course: r.course ?? null,
    note: r.note ?? null,
    confidence: r.confidence,
    sourceId: ids.sources.get(r.source)!,
    groups: {
      create: (r.credentials ?? []).map((codes, position) => ({
        position,
        options: { create: codes.map((code) => ({ credentialId: ids.credentials.get(code)! })) },
      })),
    },
  };
}

async function writeFeesAndRules(tx: Tx, d: SeedData, ids: { sources: Ids; bodies: Ids; credentials: Ids }) {
  for (const f of d.fees) {
    const fields = {
      bodyId: ids.bodies.get(f.body)!,
      credentialId: f.credential ? ids.credentials.get(f.credential)! : null,
      kind: f.kind,
      audience: f.audience,
      label: f.label,
      amountUsd: f.amountUsd,
      year: f.year,
      perAdditional: f.perAdditional,
      confidence: f.confidence,
      sourceId: ids.sources.get(f.source)!,
    };
    await tx.fee.upsert({ where: { key: f.key }, create: { key: f.key, ...fields }, update: fields });
  }
  await tx.fee.deleteMany({ where: { key: { notIn: d.fees.map((f) => f.key) } } });
  for (const r of d.ruleSets) {
    const fields = {
      bodyId: ids.bodies.get(r.body)!,
      effectiveFrom: r.effectiveFrom ? new Date(`${r.effectiveFrom}T00:00:00Z`) : null,
      effectiveTo: r.effectiveTo ? new Date(`${r.effectiveTo}T00:00:00Z`) : null,
      rules: r.rules as Prisma.InputJsonValue,
      note: r.note ?? null,
      year: r.year,
      confidence: r.confidence,
      sourceId: ids.sources.get(r.source)!,
    };
    await tx.issuerRuleSet.upsert({ where: { key: r.key }, create: { key: r.key, ...fields }, update: fields });
  }
}

async function writePay(tx: Tx, d: SeedData, ids: { sources: Ids; roles: Ids }) {
  const figures: Ids = new Map();
  for (const f of d.pay.figures) {
    const { key, source, ...rest } = f;
    const fields = {
      ...Object.fromEntries(
        (["p10", "p25", "median", "p75", "p90", "average", "low", "high", "note", "socCode"] as const).map((k) => [
          k,
          rest[k] ?? null,
        ]),
      ),
      population: rest.population,
      kind: rest.kind,
      year: rest.year,
      highOpen: rest.highOpen,
      confidence: rest.confidence,
      sourceId: ids.sources.get(source)!,
    };
    const row = await tx.payFigure.upsert({ where: { key }, create: { key, ...fields }, update: fields });
    figures.set(key, row.id);
  }
  await tx.rolePayFigure.deleteMany({});
  await tx.rolePayFigure.createMany({
    data: d.roles.roles.flatMap((r) =>
      r.payFigures.map((k) => ({ roleId: ids.roles.get(r.slug)!, payFigureId: figures.get(k)! })),
    ),
  });
  for (const o of d.pay.outlooks) {
    const fields = {
      socCode: o.socCode,
      occupation: o.occupation,
      period: o.period,
      growthPercent: o.growthPercent,
      confidence: o.confidence,
      sourceId: ids.sources.get(o.source)!,
    };
    await tx.occupationOutlook.upsert({ where: { key: o.key }, create: { key: o.key, ...fields }, update: fields });
  }
}
