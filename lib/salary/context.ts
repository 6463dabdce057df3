import { bandFromFigure, rankBands } from "@/lib/salary/bands";
import { derivedGrowth } from "@/lib/salary/growth";
import { planningAudience } from "@/lib/ladder/graph";
import type { Confidence, PayBand, PayContext, PayFigureInput, RenewalFee, SourceRef } from "@/lib/salary/types";

// Builds the projection's public inputs from seed rows. Pure, so tests can build a context without a database.

export type FeeInput = {
  body: string;
  credential: string | null;
  kind: "exam" | "recertification" | "maintenance" | "extension" | "late" | "reinstatement" | "membership";
  audience: "any" | "member" | "non_member";
  label: string;
  amount: number;
  /** Charged for each credential of the body beyond the first (AHIMA's $50), on top of the body's fee. */
  perAdditional?: boolean;
  confidence: Confidence;
  source: SourceRef;
};

export type PayContextRows = {
  thisYear: number;
  roles: { slug: string; title: string; level: number; figureKeys: string[] }[];
  figures: PayFigureInput[];
  /** Licences (RN, MD, DO) renew with a state board, not a credentialing body: they carry no renewal cost here. */
  credentials: { code: string; body: string; renewalCycleMonths: number | null; licence: boolean }[];
  fees: FeeInput[];
};

function renewalFee(body: string, fees: FeeInput[], cycleYears: number): RenewalFee | null {
  const ofBody = fees.filter((f) => f.body === body && !f.credential && !f.perAdditional);
  // What keeping the body's credentials costs: yearly membership dues (AAPC) or maintenance (NCRA), else a fee
  // per cycle (AHIMA, ACDIS).
  const yearly = planningAudience(ofBody.filter((f) => f.kind === "maintenance" || f.kind === "membership"));
  const perCycle = planningAudience(ofBody.filter((f) => f.kind === "recertification"));
  const pick = (list: FeeInput[]) =>
    [...list].sort((a, b) => (b.source.year ?? 0) - (a.source.year ?? 0) || a.amount - b.amount)[0];
  const fee = pick(yearly) ?? pick(perCycle);
  if (!fee) return null;
  const everyYears = yearly.length ? 1 : cycleYears;
  const what =
    fee.kind === "membership"
      ? "yearly membership dues"
      : yearly.length
        ? "yearly maintenance fee"
        : "recertification fee";
  return {
    body,
    kind: fee.kind === "membership" ? "dues" : "renewal",
    everyYears,
    amount: fee.amount,
    label: `${body} ${what} (${fee.label})`,
    confidence: fee.confidence,
    source: fee.source,
  };
}

export function buildPayContext(rows: PayContextRows): PayContext {
  const figures = new Map(rows.figures.map((f) => [f.key, f]));
  const roles: PayContext["roles"] = {};
  for (const r of rows.roles) {
    const bands = r.figureKeys
      .map((k) => figures.get(k))
      .flatMap((f) => (f ? [bandFromFigure(f)] : []))
      .filter((b): b is PayBand => b !== null);
    roles[r.slug] = { slug: r.slug, title: r.title, level: r.level, bands: rankBands(bands) };
  }
  const credentials: PayContext["credentials"] = {};
  const cycleOfBody = new Map<string, number>();
  for (const c of rows.credentials) {
    const cycleYears = c.renewalCycleMonths ? c.renewalCycleMonths / 12 : 2;
    if (!c.licence && !cycleOfBody.has(c.body)) cycleOfBody.set(c.body, cycleYears);
    const exam = planningAudience(rows.fees.filter((f) => f.credential === c.code && f.kind === "exam"));
    const cheapest = [...exam].sort((a, b) => a.amount - b.amount)[0];
    credentials[c.code] = {
      body: c.body,
      cycleYears,
      examFee: cheapest ? { confidence: cheapest.confidence, source: cheapest.source } : null,
    };
  }
  const extraCredentialFees: PayContext["extraCredentialFees"] = {};
  for (const f of rows.fees.filter((x) => x.perAdditional && !x.credential))
    extraCredentialFees[f.body] = { amount: f.amount, label: f.label, confidence: f.confidence, source: f.source };
  const renewalFees: RenewalFee[] = [];
  const unpricedBodies: string[] = [];
  for (const [body, cycleYears] of [...cycleOfBody].sort(([a], [b]) => a.localeCompare(b))) {
    const fee = renewalFee(body, rows.fees, cycleYears);
    if (fee) renewalFees.push(fee);
    else unpricedBodies.push(body);
  }
  return {
    thisYear: rows.thisYear,
    roles,
    credentials,
    renewalFees,
    extraCredentialFees,
    unpricedBodies,
    derivedGrowth: derivedGrowth(rows.figures),
  };
}
