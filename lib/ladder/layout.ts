// An automatic layered layout for the career graph: one column per level (left to right, up the ladder), and
// within a column roles ordered to keep moves short and crossings few (a few barycenter sweeps). Pure.

type LayoutNode = { slug: string; level: number; title: string };
type LayoutEdge = { from: string; to: string };
type Positioned = { slug: string; x: number; y: number };

export const COLUMN_WIDTH = 250;
const ROW_HEIGHT = 96;

export function layeredLayout(nodes: LayoutNode[], edges: LayoutEdge[], sweeps = 4): Positioned[] {
  const levels = [...new Set(nodes.map((n) => n.level))].sort((a, b) => a - b);
  const columns = new Map<number, string[]>(
    levels.map((level) => [
      level,
      nodes
        .filter((n) => n.level === level)
        .sort((a, b) => a.title.localeCompare(b.title))
        .map((n) => n.slug),
    ]),
  );
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    neighbours.set(e.from, [...(neighbours.get(e.from) ?? []), e.to]);
    neighbours.set(e.to, [...(neighbours.get(e.to) ?? []), e.from]);
  }
  const rowOf = () => {
    const row = new Map<string, number>();
    for (const col of columns.values()) col.forEach((slug, i) => row.set(slug, i - (col.length - 1) / 2));
    return row;
  };
  const row = rowOf();
  for (let sweep = 0; sweep < sweeps; sweep++) {
    const order = sweep % 2 === 0 ? levels : [...levels].reverse();
    for (const level of order) {
      const col = columns.get(level)!;
      const score = new Map(
        col.map((slug) => {
          const placed = (neighbours.get(slug) ?? []).filter((n) => row.has(n));
          const centre = placed.length
            ? placed.reduce((sum, n) => sum + row.get(n)!, 0) / placed.length
            : row.get(slug)!;
          return [slug, centre];
        }),
      );
      col.sort((a, b) => score.get(a)! - score.get(b)! || a.localeCompare(b));
      // The next column orders itself against this one's new rows.
      col.forEach((slug, i) => row.set(slug, i - (col.length - 1) / 2));
    }
  }
  return nodes.map((n) => ({
    slug: n.slug,
    x: levels.indexOf(n.level) * COLUMN_WIDTH,
    y: row.get(n.slug)! * ROW_HEIGHT,
  }));
}

/** How many pairs of edges between the same two columns cross: what the layout tries to keep low. */
export function crossings(positions: Positioned[], edges: LayoutEdge[]): number {
  const at = new Map(positions.map((p) => [p.slug, p]));
  const spans: [Positioned, Positioned][] = [];
  for (const e of edges) {
    const a = at.get(e.from);
    const b = at.get(e.to);
    if (a && b && a.x !== b.x) spans.push(a.x < b.x ? [a, b] : [b, a]);
  }
  let crossed = 0;
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length; j++) {
      const [a1, b1] = spans[i]!;
      const [a2, b2] = spans[j]!;
      if (a1.x !== a2.x || b1.x !== b2.x) continue;
      if ((a1.y - a2.y) * (b1.y - b2.y) < 0) crossed++;
    }
  }
  return crossed;
}
