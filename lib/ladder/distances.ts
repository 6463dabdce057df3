import type { PlannerGraph } from "@/lib/ladder/planner-types";

// Lower bounds of the years from every role to a target: Dijkstra backwards over each move's typical minimum years.
// The planner's guide. Runs on integer ids and typed arrays (built once per graph), because on a graph of 50,000
// moves a Map-based version was a large share of every query; results are kept for the last few targets.

type Index = {
  slugs: string[];
  id: Map<string, number>;
  /** Moves into each role, as compressed rows: for role i, sources in [start[i], start[i+1]). */
  start: Int32Array;
  from: Int32Array;
  years: Float64Array;
  cache: Map<string, Map<string, number>>;
};

const indexes = new WeakMap<PlannerGraph, Index>();
const CACHE_TARGETS = 32;

function indexOf(graph: PlannerGraph): Index {
  const known = indexes.get(graph);
  if (known) return known;
  const slugs = [...graph.roles.keys()];
  const id = new Map(slugs.map((s, i) => [s, i]));
  const start = new Int32Array(slugs.length + 1);
  let total = 0;
  slugs.forEach((s, i) => {
    start[i] = total;
    total += graph.movesTo.get(s)?.length ?? 0;
  });
  start[slugs.length] = total;
  const from = new Int32Array(total);
  const years = new Float64Array(total);
  slugs.forEach((s, i) => {
    (graph.movesTo.get(s) ?? []).forEach((m, j) => {
      from[start[i]! + j] = id.get(m.from) ?? -1;
      years[start[i]! + j] = m.yearsMin;
    });
  });
  const index: Index = { slugs, id, start, from, years, cache: new Map() };
  indexes.set(graph, index);
  return index;
}

/** Years still to go from each role that can reach `target` (roles that cannot are absent). */
export function yearsToTarget(graph: PlannerGraph, target: string): Map<string, number> {
  const ix = indexOf(graph);
  const cached = ix.cache.get(target);
  if (cached) return cached;
  const n = ix.slugs.length;
  const dist = new Float64Array(n).fill(Infinity);
  const t = ix.id.get(target);
  const out = new Map<string, number>();
  if (t !== undefined) {
    // A binary heap of role ids keyed by dist (lazy deletion).
    const heap = new Int32Array(ix.from.length + 1);
    const key = new Float64Array(ix.from.length + 1);
    let size = 0;
    const push = (v: number, d: number) => {
      let i = size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (key[p]! <= d) break;
        heap[i] = heap[p]!;
        key[i] = key[p]!;
        i = p;
      }
      heap[i] = v;
      key[i] = d;
    };
    const pop = (): [number, number] => {
      const top: [number, number] = [heap[0]!, key[0]!];
      const lastV = heap[--size]!;
      const lastK = key[size]!;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= size) break;
        const r = l + 1;
        const c = r < size && key[r]! < key[l]! ? r : l;
        if (key[c]! >= lastK) break;
        heap[i] = heap[c]!;
        key[i] = key[c]!;
        i = c;
      }
      heap[i] = lastV;
      key[i] = lastK;
      return top;
    };
    dist[t] = 0;
    push(t, 0);
    while (size > 0) {
      const [v, d] = pop();
      if (d > dist[v]!) continue;
      for (let e = ix.start[v]!; e < ix.start[v + 1]!; e++) {
        const u = ix.from[e]!;
        if (u < 0) continue;
        const nd = d + ix.years[e]!;
        if (nd < dist[u]!) {
          dist[u] = nd;
          push(u, nd);
        }
      }
    }
    for (let i = 0; i < n; i++) if (dist[i] !== Infinity) out.set(ix.slugs[i]!, dist[i]!);
  }
  if (ix.cache.size >= CACHE_TARGETS) ix.cache.delete(ix.cache.keys().next().value!);
  ix.cache.set(target, out);
  return out;
}
