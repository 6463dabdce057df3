import { createHash } from "node:crypto";
import { z } from "zod";
import credentialsJson from "./data/credentials.json";
import feesJson from "./data/fees.json";
import movesJson from "./data/moves.json";
import payJson from "./data/pay.json";
import rolesJson from "./data/roles.json";
import ruleSetsJson from "./data/rule-sets.json";
import sourcesJson from "./data/sources.json";
import {
  credentialsSchema,
  feesSchema,
  movesSchema,
  paySchema,
  rolesSchema,
  ruleSetsSchema,
  sourcesSchema,
} from "./seed-schema";

// Loads prisma/data/*.json, validates each file, then checks that every cross-reference resolves, so a typo in a
// data file fails loudly at start-up instead of seeding a broken graph.

// Bump when the way data is written changes (not the data itself, which the hash already covers).
const SEED_FORMAT_VERSION = 1;

export type SeedData = ReturnType<typeof parseSeedData>;

function parseFile<T extends z.ZodType>(file: string, schema: T, raw: unknown): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 20).map((i) => `  ${file} › ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Seed data is invalid:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export function parseSeedData(
  raw = { sourcesJson, rolesJson, movesJson, credentialsJson, feesJson, ruleSetsJson, payJson },
) {
  const data = {
    sources: parseFile("sources.json", sourcesSchema, raw.sourcesJson),
    roles: parseFile("roles.json", rolesSchema, raw.rolesJson),
    moves: parseFile("moves.json", movesSchema, raw.movesJson),
    credentials: parseFile("credentials.json", credentialsSchema, raw.credentialsJson),
    fees: parseFile("fees.json", feesSchema, raw.feesJson),
    ruleSets: parseFile("rule-sets.json", ruleSetsSchema, raw.ruleSetsJson),
    pay: parseFile("pay.json", paySchema, raw.payJson),
  };
  const problems = crossCheck(data);
  if (problems.length) throw new Error(`Seed data has broken references:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  const hash = createHash("sha256")
    .update(JSON.stringify({ v: SEED_FORMAT_VERSION, data }))
    .digest("hex");
  return { ...data, hash };
}

type Parsed = {
  sources: z.infer<typeof sourcesSchema>;
  roles: z.infer<typeof rolesSchema>;
  moves: z.infer<typeof movesSchema>;
  credentials: z.infer<typeof credentialsSchema>;
  fees: z.infer<typeof feesSchema>;
  ruleSets: z.infer<typeof ruleSetsSchema>;
  pay: z.infer<typeof paySchema>;
};

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

function crossCheck(d: Parsed): string[] {
  const problems: string[] = [];
  const sourceKeys = new Set(d.sources.map((s) => s.key));
  const roleSlugs = new Set(d.roles.roles.map((r) => r.slug));
  const codes = new Set(d.credentials.credentials.map((c) => c.code));
  const bodies = new Set(d.credentials.bodies.map((b) => b.code));
  const figureKeys = new Set(d.pay.figures.map((f) => f.key));

  const expect = (ok: boolean, message: string) => void (ok || problems.push(message));
  const source = (where: string, k: string | undefined) =>
    k !== undefined && expect(sourceKeys.has(k), `${where}: unknown source "${k}"`);
  const credentialList = (where: string, groups: string[][] | undefined) =>
    groups?.flat().forEach((c) => expect(codes.has(c), `${where}: unknown credential "${c}"`));

  for (const [what, list] of [
    ["source key", d.sources.map((s) => s.key)],
    ["role slug", d.roles.roles.map((r) => r.slug)],
    ["credential code", d.credentials.credentials.map((c) => c.code)],
    ["fee key", d.fees.map((f) => f.key)],
    ["rule set key", d.ruleSets.map((r) => r.key)],
    ["pay figure key", d.pay.figures.map((f) => f.key)],
    ["move", d.moves.moves.map((m) => `${m.from}→${m.to}`)],
  ] as const) {
    for (const dup of duplicates([...list])) problems.push(`duplicate ${what} "${dup}"`);
  }

  source("roles.json experienceKindsSource", d.roles.experienceKindsSource);
  for (const r of d.roles.roles) {
    credentialList(`role ${r.slug}`, [r.typicalCredentials]);
    r.payFigures.forEach((k) => expect(figureKeys.has(k), `role ${r.slug}: unknown pay figure "${k}"`));
  }
  source("moves.json defaults", d.moves.defaults.source);
  for (const m of d.moves.moves) {
    const where = `move ${m.from}→${m.to}`;
    expect(roleSlugs.has(m.from), `${where}: unknown role "${m.from}"`);
    expect(roleSlugs.has(m.to), `${where}: unknown role "${m.to}"`);
    m.routes.forEach((r) => {
      credentialList(where, r.credentials);
      source(where, r.source);
    });
  }
  for (const c of d.credentials.credentials) {
    expect(bodies.has(c.body), `credential ${c.code}: unknown body "${c.body}"`);
    source(`credential ${c.code}`, c.source);
    for (const r of [...c.eligibility, ...c.apprenticeRemoval]) {
      credentialList(`credential ${c.code}`, r.credentials);
      source(`credential ${c.code}`, r.source);
    }
    c.replaces.forEach((r) =>
      expect(codes.has(r) && r !== c.code, `credential ${c.code}: replaces unknown credential "${r}"`),
    );
    expect(
      c.apprenticeRemoval.length === 0 || c.hasApprenticeStatus,
      `credential ${c.code}: apprenticeRemoval without apprentice status`,
    );
  }
  for (const f of d.fees) {
    expect(bodies.has(f.body), `fee ${f.key}: unknown body "${f.body}"`);
    if (f.credential) expect(codes.has(f.credential), `fee ${f.key}: unknown credential "${f.credential}"`);
    source(`fee ${f.key}`, f.source);
  }
  const bodyOf = new Map(d.credentials.credentials.map((c) => [c.code, c.body]));
  for (const r of d.ruleSets) {
    expect(bodies.has(r.body), `rule set ${r.key}: unknown body "${r.body}"`);
    source(`rule set ${r.key}`, r.source);
    // A rule naming a credential the catalog lacks would never apply to anyone, silently.
    const named = [
      ...r.rules.topicMinimums.map((t) => t.credential),
      ...(r.rules.specialty?.credentials ?? []),
      ...(r.rules.requirement.kind === "base_plus_additional" ? Object.keys(r.rules.requirement.base) : []),
    ];
    for (const code of new Set(named)) {
      const body = bodyOf.get(code);
      if (body === undefined) problems.push(`rule set ${r.key}: unknown credential "${code}"`);
      else expect(body === r.body, `rule set ${r.key}: credential "${code}" is issued by ${body}, not ${r.body}`);
    }
  }
  d.pay.figures.forEach((f) => source(`pay figure ${f.key}`, f.source));
  d.pay.outlooks.forEach((o) => source(`outlook ${o.key}`, o.source));
  return problems;
}
