import { parseSeedData } from "@/prisma/seed-data";
import { buildPayContext } from "@/lib/salary/context";
import type { PayContext } from "@/lib/salary/types";
import type { WhatIfContext } from "@/lib/salary/what-if";
import { shippedRuleSets } from "./rule-sets";

/** The pay context built from the shipped seed files, as the server builds it from the database. */
export function shippedPayContext(thisYear = 2026): PayContext {
  const d = parseSeedData();
  const sources = new Map(
    d.sources.map((s) => [
      s.key,
      { key: s.key, title: s.title, publisher: s.publisher, year: s.year, url: s.url ?? null },
    ]),
  );
  const src = (k: string) => sources.get(k)!;
  return buildPayContext({
    thisYear,
    roles: d.roles.roles.map((r) => ({ slug: r.slug, title: r.title, level: r.level, figureKeys: r.payFigures })),
    figures: d.pay.figures.map((f) => ({
      key: f.key,
      population: f.population,
      kind: f.kind,
      year: f.year,
      p10: f.p10 ?? null,
      p25: f.p25 ?? null,
      median: f.median ?? null,
      p75: f.p75 ?? null,
      p90: f.p90 ?? null,
      average: f.average ?? null,
      low: f.low ?? null,
      high: f.high ?? null,
      highOpen: f.highOpen,
      socCode: f.socCode ?? null,
      note: f.note ?? null,
      confidence: f.confidence,
      source: src(f.source),
    })),
    credentials: d.credentials.credentials.map((c) => ({
      code: c.code,
      body: c.body,
      renewalCycleMonths: c.renewalCycleMonths ?? null,
      licence: c.kind === "license",
    })),
    fees: d.fees.map((f) => ({
      body: f.body,
      credential: f.credential ?? null,
      kind: f.kind,
      audience: f.audience,
      label: f.label,
      amount: f.amountUsd,
      perAdditional: f.perAdditional,
      confidence: f.confidence,
      source: src(f.source),
    })),
  });
}

/** The what-if's public inputs from the shipped seed files: catalog with exam fees, rule sets, renewal fees. */
export function shippedWhatIfContext(thisYear = 2026): WhatIfContext {
  const d = parseSeedData();
  const pay = shippedPayContext(thisYear);
  const catalog = new Map(
    d.credentials.credentials.map((c) => {
      const exams = d.fees.filter((f) => f.credential === c.code && f.kind === "exam" && f.audience !== "member");
      const examFee = exams.length ? Math.min(...exams.map((f) => f.amountUsd)) : null;
      return [c.code, { code: c.code, body: c.body, replaces: c.replaces, examFee }];
    }),
  );
  return { catalog, ruleSets: shippedRuleSets(), pay };
}
