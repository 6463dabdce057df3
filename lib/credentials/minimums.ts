import type { EntryInput } from "@/lib/credentials/compliance-types";

// Topic minimums inside a pooled requirement (AAPC: CPMA 16 on auditing, CPCO 16 on compliance, …). A CEU goes to
// one minimum at most, so where one entry could serve two, the scarcer minimum is served first, from the entries
// that can serve the fewest minimums. Entries split by CEU where that fills a minimum exactly. Pure.

export type Bucket = { credential: string; topic: string; ceus: number; earnedOn: string };

export function allocateMinimums(
  buckets: Bucket[],
  entries: EntryInput[],
): { filled: number[]; used: Set<string>; creditTo: Map<string, string> } {
  if (buckets.length === 0) return { filled: [], used: new Set(), creditTo: new Map() };
  const eligible = buckets.map((b) =>
    entries.filter(
      (e) =>
        e.topics.includes(b.topic) &&
        e.date >= b.earnedOn &&
        (e.appliesTo.length === 0 || e.appliesTo.includes(b.credential)),
    ),
  );
  const demand = new Map<string, number>();
  eligible.flat().forEach((e) => demand.set(e.id, (demand.get(e.id) ?? 0) + 1));
  const left = new Map(entries.map((e) => [e.id, e.ceus]));
  const filled = buckets.map(() => 0);
  const given = new Map<string, Map<string, number>>();

  const order = buckets
    .map((b, i) => ({ i, slack: eligible[i]!.reduce((s, e) => s + e.ceus, 0) - b.ceus }))
    .sort((a, b) => a.slack - b.slack)
    .map((x) => x.i);
  for (const i of order) {
    const b = buckets[i]!;
    const pool = [...eligible[i]!].sort(
      (x, y) => demand.get(x.id)! - demand.get(y.id)! || x.date.localeCompare(y.date),
    );
    for (const e of pool) {
      const need = b.ceus - filled[i]!;
      if (need <= 1e-9) break;
      const take = Math.min(need, left.get(e.id)!);
      if (take <= 0) continue;
      left.set(e.id, left.get(e.id)! - take);
      filled[i]! += take;
      const perCredential = given.get(e.id) ?? new Map<string, number>();
      perCredential.set(b.credential, (perCredential.get(b.credential) ?? 0) + take);
      given.set(e.id, perCredential);
    }
  }
  const creditTo = new Map<string, string>();
  for (const [id, per] of given) creditTo.set(id, [...per].sort((a, b) => b[1] - a[1])[0]![0]);
  return { filled, used: new Set(given.keys()), creditTo };
}
