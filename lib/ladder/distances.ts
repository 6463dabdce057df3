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
  const index = indexOf(graph);
  const cached = index.cache.get(target);
  if (cached) return cached;
  const roleCount = index.slugs.length;
  const distance = new Float64Array(roleCount).fill(Infinity);
  const targetId = index.id.get(target);
  const out = new Map<string, number>();
  if (targetId !== undefined) {
    // A binary heap of role ids keyed by distance (lazy deletion).
    const heap = new Int32Array(index.from.length + 1);
    const key = new Float64Array(index.from.length + 1);
    let size = 0;
    const push = (role: number, years: number) => {
      let i = size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (key[parent]! <= years) break;
        heap[i] = heap[parent]!;
        key[i] = key[parent]!;
        i = parent;
      }
      heap[i] = role;
      key[i] = years;
    };
    const pop = (): [number, number] => {
      const top: [number, number] = [heap[0]!, key[0]!];
      const lastRole = heap[--size]!;
      const lastYears = key[size]!;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= size) break;
        const right = left + 1;
        const child = right < size && key[right]! < key[left]! ? right : left;
        if (key[child]! >= lastYears) break;
        heap[i] = heap[child]!;
        key[i] = key[child]!;
        i = child;
      }
      heap[i] = lastRole;
      key[i] = lastYears;
      return top;
    };
    distance[targetId] = 0;
    push(targetId, 0);
    while (size > 0) {
      const [role, years] = pop();
      if (years > distance[role]!) continue;
      for (let e = index.start[role]!; e < index.start[role + 1]!; e++) {
        const source = index.from[e]!;
        if (source < 0) continue;
        const viaRole = years + index.years[e]!;
        if (viaRole < distance[source]!) {
          distance[source] = viaRole;
          push(source, viaRole);
        }
      }
    }
    for (let i = 0; i < roleCount; i++) if (distance[i] !== Infinity) out.set(index.slugs[i]!, distance[i]!);
  }
  if (index.cache.size >= CACHE_TARGETS) index.cache.delete(index.cache.keys().next().value!);
  index.cache.set(target, out);
  return out;
}
