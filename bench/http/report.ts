import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { RouteResult } from "./measure";
import type { WriteReadResult } from "./write-read";

// The issue's targets, judged on one run. The static page is the yardstick, so throughput is compared with it
// rather than with a fixed number that would only hold on one machine.
const MIN_RATIO: Record<string, number> = { dashboard: 0.12, "compliance API": 0.3, "planner preview API": 0.4 };

export type Target = { name: string; met: boolean; detail: string };
export type ProcessRun = {
  processes: number;
  /** The machine's 1-minute load average before and after the run (other work on the machine shows here). */
  loadAverage: [number, number];
  routes: RouteResult[];
  writeRead: WriteReadResult;
  targets: Target[];
};

export function ratioToStatic(results: RouteResult[]): Map<string, number> {
  const yardstick = results[0]!.requestsPerSecond;
  return new Map(results.map((r) => [r.name, r.requestsPerSecond / yardstick]));
}

const pct = (r: number) => `${(r * 100).toFixed(1)}%`;

export function judgeTargets(results: RouteResult[], writeRead: WriteReadResult): Target[] {
  const ratios = ratioToStatic(results);
  const errors = results.reduce((n, r) => n + r.errors, 0);
  const targets: Target[] = [{ name: "zero errors", met: errors === 0, detail: `${errors} errors in all routes` }];
  for (const r of results.slice(1)) {
    const min = MIN_RATIO[r.name];
    if (min === undefined) continue;
    const ratio = ratios.get(r.name)!;
    targets.push({ name: `${r.name} ≥ ${min * 100}% of static`, met: ratio >= min, detail: `${pct(ratio)} of static` });
  }
  targets.push({
    name: "every read after a write includes it",
    met: writeRead.fresh === writeRead.pairs,
    detail:
      `${writeRead.fresh} of ${writeRead.pairs} fresh, ${writeRead.stale} stale, ${writeRead.failed} failed; ` +
      `read p95 ${writeRead.p95Ms.toFixed(0)} ms`,
  });
  return targets;
}

export function printTable(results: RouteResult[], targets: Target[], writeRead?: WriteReadResult): void {
  const ratios = ratioToStatic(results);
  const ms = (n: number) => n.toFixed(1).padStart(8);
  console.log(
    `${"route".padEnd(22)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ` +
      `${"p99 ms".padStart(8)} ${"errors".padStart(7)} ${"vs static".padStart(9)}`,
  );
  for (const r of results) {
    const codes = r.non2xx
      ? `  (${Object.entries(r.statusCodes)
          .map(([c, n]) => `${c}×${n}`)
          .join(", ")}${r.timeouts ? `, ${r.timeouts} timeouts` : ""})`
      : "";
    console.log(
      `${r.name.padEnd(22)} ${r.requestsPerSecond.toFixed(0).padStart(8)} ` +
        `${ms(r.latencyMs.p50)} ${ms(r.latencyMs.p95)} ${ms(r.latencyMs.p99)} ${String(r.errors).padStart(7)} ` +
        `${pct(ratios.get(r.name)!).padStart(9)}${codes}`,
    );
  }
  if (writeRead) console.log(`write-then-read: ${writeRead.pairs} CEU entries logged, each read back at once`);
  console.log("");
  for (const t of targets) console.log(`${t.met ? "met   " : "MISSED"}  ${t.name.padEnd(40)} ${t.detail}`);
}

/** One line per route: requests/s with one process and with the others, and the factor between them. */
export function printComparison(runs: ProcessRun[]): void {
  const [one, ...more] = runs;
  console.log("");
  for (const other of more) {
    const parts = one!.routes.map((r) => {
      const o = other.routes.find((x) => x.name === r.name);
      if (!o) return `${r.name} ${r.requestsPerSecond.toFixed(0)}`;
      const factor = o.requestsPerSecond / r.requestsPerSecond;
      return `${r.name} ${r.requestsPerSecond.toFixed(0)} → ${o.requestsPerSecond.toFixed(0)} (×${factor.toFixed(2)})`;
    });
    console.log(`${one!.processes} process vs ${other.processes}, requests/s: ${parts.join("; ")}`);
  }
}

/** Writes the run to bench/results/http-<timestamp>.json (git-ignored) and returns the file's path. */
export async function writeResults(stamp: string, run: Record<string, unknown>): Promise<string> {
  const dir = path.join(process.cwd(), "bench", "results");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `http-${stamp}.json`);
  await writeFile(file, `${JSON.stringify(run, null, 2)}\n`);
  return file;
}
