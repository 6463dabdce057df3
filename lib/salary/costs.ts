import type { CostRow, PayContext, ProjectionEarn } from "@/lib/salary/types";

// What a plan costs, year by year: exam fees when a credential is earned, and each body's renewal fee when it
// falls due. A body renews once per cycle however many of its credentials are held (AHIMA synchronises cycles;
// the others charge per cycle too), anchored at the first credential held from it. Pure.

export type HeldAt = { code: string; /** years from today it was earned (≤ 0 for one already held) */ at: number };

export function examCosts(
  ctx: PayContext,
  earn: ProjectionEarn[],
  horizon: number,
): { rows: CostRow[]; unpriced: string[] } {
  const rows: CostRow[] = [];
  const unpriced: string[] = [];
  for (const e of earn) {
    if (e.optional || e.kind !== "credential") continue;
    const year = Math.max(0, Math.floor(e.atYear));
    if (year >= horizon) continue;
    if (e.cost === null) unpriced.push(e.code);
    else {
      const fee = ctx.credentials[e.code]?.examFee;
      rows.push({
        year,
        label: `${e.code} exam`,
        amount: e.cost,
        kind: "exam",
        confidence: fee?.confidence ?? "assumption",
        source: fee?.source.key ?? null,
      });
    }
  }
  return { rows, unpriced };
}

export function renewalCosts(
  ctx: PayContext,
  held: HeldAt[],
  horizon: number,
): { rows: CostRow[]; unpricedBodies: string[] } {
  const anchor = new Map<string, number>();
  for (const h of held) {
    const body = ctx.credentials[h.code]?.body;
    if (!body) continue;
    anchor.set(body, Math.min(anchor.get(body) ?? Infinity, h.at));
  }
  const rows: CostRow[] = [];
  const unpricedBodies: string[] = [];
  for (const [body, start] of [...anchor].sort(([a], [b]) => a.localeCompare(b))) {
    const fee = ctx.renewalFees.find((f) => f.body === body);
    if (!fee) {
      if (ctx.unpricedBodies.includes(body)) unpricedBodies.push(body);
      continue;
    }
    for (let k = 1; ; k++) {
      const t = start + k * fee.everyYears;
      if (t >= horizon) break;
      if (t < 0) continue;
      rows.push({
        year: Math.floor(t),
        label: fee.label,
        amount: fee.amount,
        kind: fee.kind,
        confidence: fee.confidence,
        source: fee.source.key,
      });
    }
  }
  return { rows, unpricedBodies };
}

/** Sums cost rows into a per-year array of length `horizon`. */
export function costsByYear(rows: CostRow[], horizon: number): number[] {
  const out = Array.from({ length: horizon }, () => 0);
  for (const r of rows) if (r.year >= 0 && r.year < horizon) out[r.year]! += r.amount;
  return out;
}
