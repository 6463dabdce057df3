import { describe, expect, it } from "vitest";
import { COLUMN_WIDTH, crossings, layeredLayout } from "@/lib/ladder/layout";

describe("layeredLayout", () => {
  const nodes = [
    { slug: "a", level: 1, title: "A" },
    { slug: "b", level: 1, title: "B" },
    { slug: "x", level: 2, title: "X" },
    { slug: "y", level: 2, title: "Y" },
  ];
  // a→y and b→x cross when both columns are alphabetical; the sweeps should untangle them.
  const edges = [
    { from: "a", to: "y" },
    { from: "b", to: "x" },
  ];

  it("puts each level in its own column, left to right", () => {
    const pos = Object.fromEntries(layeredLayout(nodes, edges).map((p) => [p.slug, p]));
    expect(pos.a!.x).toBe(0);
    expect(pos.x!.x).toBe(COLUMN_WIDTH);
  });

  it("gives every role its own place", () => {
    const pos = layeredLayout(nodes, edges);
    expect(new Set(pos.map((p) => `${p.x},${p.y}`)).size).toBe(nodes.length);
  });

  it("orders rows to remove crossings", () => {
    expect(crossings(layeredLayout(nodes, edges, 0), edges)).toBe(1);
    expect(crossings(layeredLayout(nodes, edges), edges)).toBe(0);
  });
});
