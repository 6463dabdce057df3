import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The house rules that a reviewer would otherwise have to remember: folders under lib/ depend one way, lib/ never
// reaches up into pages, components or the seed scripts, files stay small and lines short.

const root = process.cwd();
const SOURCE = /\.(ts|tsx|mjs|js)$/;
const SKIP = new Set(["node_modules", "generated", ".next", ".data", "coverage", "results", "screenshots"]);
const MAX_LINE = 120;
const MAX_FILE_LINES = 350;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith(".")) continue;
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(rel));
    else if (SOURCE.test(entry.name)) out.push(rel);
  }
  return out;
}

const topLevelFiles = readdirSync(root).filter((f) => SOURCE.test(f) && statSync(path.join(root, f)).isFile());
const allSources = [
  ...["app", "lib", "components", "tests", "bench", "scripts", "prisma"].flatMap(sourceFiles),
  ...topLevelFiles,
];

/** The lib/ unit a file belongs to: its folder (lib/ceus), or the file itself for files at lib's top (lib/dates). */
function libUnit(file: string): string | null {
  const parts = file.split(path.sep);
  if (parts[0] !== "lib") return null;
  return parts.length > 2 ? `lib/${parts[1]}` : `lib/${parts[1]!.replace(SOURCE, "")}`;
}

/** Each import of a file, resolved to a path from the project's root ("@/x" and "./x" alike). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const specs = [...text.matchAll(/(?:^|\s)(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g)];
  return specs
    .map((m) => m[1] ?? m[2]!)
    .flatMap((s) => {
      if (s.startsWith("@/")) return [s.slice(2)];
      if (s.startsWith(".")) return [path.join(path.dirname(file), s)];
      return [];
    });
}

function libGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles("lib")) {
    const from = libUnit(file)!;
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const target of importsOf(file)) {
      const to = libUnit(target);
      if (to && to !== from && !edges.has(to)) edges.set(to, file);
    }
  }
  return graph;
}

/** A cycle among lib units as "a -> b -> a" (with the file behind each arrow), or null. */
function findCycle(graph: Map<string, Map<string, string>>): string | null {
  const state = new Map<string, "open" | "done">();
  const trail: string[] = [];
  const visit = (unit: string): string | null => {
    if (state.get(unit) === "done") return null;
    if (state.get(unit) === "open") {
      const loop = [...trail.slice(trail.indexOf(unit)), unit];
      return loop.map((u, i) => (i ? ` -> ${u} (${graph.get(loop[i - 1]!)!.get(u)})` : u)).join("");
    }
    state.set(unit, "open");
    trail.push(unit);
    for (const next of graph.get(unit)?.keys() ?? []) {
      const found = visit(next);
      if (found) return found;
    }
    trail.pop();
    state.set(unit, "done");
    return null;
  };
  for (const unit of graph.keys()) {
    const found = visit(unit);
    if (found) return found;
  }
  return null;
}

describe("architecture", () => {
  it("lib/ folders and files depend one way (no cycle between them)", () => {
    expect(findCycle(libGraph())).toBeNull();
  });

  it("lib/ never imports pages, components or the seed scripts", () => {
    const upward = sourceFiles("lib").flatMap((file) =>
      importsOf(file)
        .filter((target) => /^(app|components|prisma)\//.test(target))
        .map((target) => `${file} imports ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it(`no source line is longer than ${MAX_LINE} characters`, () => {
    const long = allSources.flatMap((file) =>
      readFileSync(path.join(root, file), "utf8")
        .split("\n")
        .flatMap((line, i) => (line.length > MAX_LINE ? [`${file}:${i + 1} (${line.length})`] : [])),
    );
    expect(long).toEqual([]);
  });

  it(`no source file is longer than ${MAX_FILE_LINES} lines`, () => {
    const big = allSources.flatMap((file) => {
      const lines = readFileSync(path.join(root, file), "utf8").split("\n").length;
      return lines > MAX_FILE_LINES ? [`${file} (${lines})`] : [];
    });
    expect(big).toEqual([]);
  });

  it("finds a cycle when there is one (the check can fail)", () => {
    const graph = new Map([
      ["lib/a", new Map([["lib/b", "lib/a/x.ts"]])],
      ["lib/b", new Map([["lib/a", "lib/b/y.ts"]])],
    ]);
    expect(findCycle(graph)).toBe("lib/a -> lib/b (lib/a/x.ts) -> lib/a (lib/b/y.ts)");
  });
});
