import "server-only";
import { db } from "@/lib/db";
import { processCached } from "@/lib/process-cache";
import { todayIso } from "@/lib/dates";
import { buildPayContext, type PayContextRows } from "@/lib/salary/context";
import type { PayContext } from "@/lib/salary/types";

// Pay figures, credentials and fees are public seed data that only change when the server restarts with new seed
// files, so they are read once per process; the context is rebuilt per call so "this year" is always today's.

const sourceSelect = { select: { key: true, title: true, publisher: true, year: true, url: true } } as const;

async function loadRows(): Promise<Omit<PayContextRows, "thisYear">> {
  const [roles, figures, credentials, fees] = await Promise.all([
    db.role.findMany({
      select: {
        slug: true,
        title: true,
        level: true,
        payFigures: { select: { payFigure: { select: { key: true } } } },
      },
      orderBy: [{ level: "asc" }, { title: "asc" }],
    }),
    db.payFigure.findMany({ include: { source: sourceSelect } }),
    db.credential.findMany({
      select: { code: true, kind: true, renewalCycleMonths: true, body: { select: { code: true } } },
    }),
    db.fee.findMany({
      include: { source: sourceSelect, body: { select: { code: true } }, credential: { select: { code: true } } },
    }),
  ]);
  return {
    roles: roles.map((r) => ({
      slug: r.slug,
      title: r.title,
      level: r.level,
      figureKeys: r.payFigures.map((p) => p.payFigure.key),
    })),
    figures: figures.map((f) => ({
      key: f.key,
      population: f.population,
      kind: f.kind,
      year: f.year,
      p10: f.p10,
      p25: f.p25,
      median: f.median,
      p75: f.p75,
      p90: f.p90,
      average: f.average,
      low: f.low,
      high: f.high,
      highOpen: f.highOpen,
      socCode: f.socCode,
      note: f.note,
      confidence: f.confidence,
      source: f.source,
    })),
    credentials: credentials.map((c) => ({
      code: c.code,
      body: c.body.code,
      renewalCycleMonths: c.renewalCycleMonths,
      licence: c.kind === "license",
    })),
    fees: fees.map((f) => ({
      body: f.body.code,
      credential: f.credential?.code ?? null,
      kind: f.kind,
      audience: f.audience,
      label: f.label,
      amount: f.amountUsd.toNumber(),
      perAdditional: f.perAdditional,
      confidence: f.confidence,
      source: f.source,
    })),
  };
}

export async function getPayContext(today: string = todayIso()): Promise<PayContext> {
  const rows = await processCached("pay-rows", loadRows);
  return buildPayContext({ ...rows, thisYear: Number(today.slice(0, 4)) });
}
