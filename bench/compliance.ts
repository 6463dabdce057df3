// Compliance benchmark: the engine over 5 held credentials (three AAPC, two AHIMA) and 5,000 CEU entries spread
// over ten years, and the same through the database (a user's rows read and judged, on embedded PGlite). Prints
// median and p95; asserts nothing. Run: npm run bench:compliance
import { performance } from "node:perf_hooks";
import { compliance } from "@/lib/credentials/compliance";
import type { EntryInput, HeldInput } from "@/lib/credentials/compliance-types";
import { prng } from "@/tests/fixtures/synthetic-graph";
import { shippedRuleSets } from "@/tests/helpers/rule-sets";

const RUNS = 200;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const fmt = (n: number) => n.toFixed(2).padStart(8);

const rand = prng(11);
const topics = ["auditing", "compliance", "coding", "ethics", "documentation", "privacy_security"];
const sources = ["ahima", "aapc", "himss_approved", "other"] as const;
const day = (offset: number) => new Date(Date.UTC(2017, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
const entries: EntryInput[] = Array.from({ length: 5000 }, (_, i) => ({
  id: `e${i}`,
  title: `Course ${i}`,
  date: day(Math.floor(rand() * 3650)),
  ceus: Math.round((0.5 + rand() * 3) * 4) / 4,
  topics: topics.filter(() => rand() < 0.25),
  hiimDomain: rand() < 0.7,
  source: sources[Math.floor(rand() * sources.length)]!,
  externalBody: rand() < 0.1,
  appliesTo: [],
}));
const held: HeldInput[] = [
  { code: "CPC", body: "AAPC", earnedOn: "2017-03-10", cycleStart: null, cycleEnd: null, ceuRequired: 36 },
  { code: "CPMA", body: "AAPC", earnedOn: "2019-06-01", cycleStart: null, cycleEnd: null, ceuRequired: 36 },
  { code: "CPCO", body: "AAPC", earnedOn: "2021-02-15", cycleStart: null, cycleEnd: null, ceuRequired: 36 },
  { code: "RHIT", body: "AHIMA", earnedOn: "2018-05-20", cycleStart: null, cycleEnd: null, ceuRequired: 20 },
  { code: "CHPS", body: "AHIMA", earnedOn: "2022-09-01", cycleStart: null, cycleEnd: null, ceuRequired: 30 },
];
const sets = shippedRuleSets();

function time(name: string, fn: () => unknown) {
  for (let i = 0; i < 10; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  console.log(`${name.padEnd(52)} runs ${RUNS}  median ${fmt(percentile(t, 50))} ms  p95 ${fmt(percentile(t, 95))} ms`);
}

console.log(`Node ${process.version}`);
const items = compliance(held, entries, sets, { asOf: "2026-11-27" });
console.log(
  `engine answer: ${items.length} items; ` +
    items.map((i) => `${i.body} ${i.cycle} ${i.earned}/${i.required}`).join("; "),
);
time("engine: 5 credentials, 5,000 entries", () => compliance(held, entries, sets, { asOf: "2026-11-27" }));

// The same through the database: rows read with the user's filter, then judged.
process.env.PGLITE_DIR = "memory://";
delete process.env.DATABASE_URL;
const { ensureDatabaseReady } = await import("@/prisma/ready");
const { db } = await import("@/lib/db");
const { getCompliance } = await import("@/lib/credentials/compliance-queries");
await ensureDatabaseReady();
const user = await db.user.create({ data: { email: "bench@example.org", name: "Bench", passwordHash: "x" } });
const codes = await db.credential.findMany({
  where: { code: { in: held.map((h) => h.code) } },
  select: { id: true, code: true },
});
await db.heldCredential.createMany({
  data: held.map((h) => ({
    userId: user.id,
    credentialId: codes.find((c) => c.code === h.code)!.id,
    earnedOn: new Date(`${h.earnedOn}T00:00:00Z`),
  })),
});
await db.ceuEntry.createMany({
  data: entries.map((e) => ({
    userId: user.id,
    date: new Date(`${e.date}T00:00:00Z`),
    title: e.title,
    ceus: e.ceus,
    topics: e.topics,
    hiimDomain: e.hiimDomain,
    source: e.source,
    externalBody: e.externalBody,
  })),
});
const timeAsync = async (name: string, fn: () => Promise<unknown>, runs = 30) => {
  for (let i = 0; i < 3; i++) await fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(52)} runs ${String(runs).padStart(3)}  ` +
      `median ${fmt(percentile(t, 50))} ms  p95 ${fmt(percentile(t, 95))} ms`,
  );
};
await timeAsync("with the database (PGlite, in-process)", () => getCompliance(user.id, { asOf: "2026-11-27" }));
process.exit(0);
