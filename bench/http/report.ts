import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { RouteResult } from "./measure";

// The issue's targets, judged on one run. The static page is the yardstick, so throughput is compared with it
// rather than with a fixed number that would only hold on one machine.
const DASHBOARD_P95_MAX_MS = 150;
const COMPLIANCE_MIN_RATIO = 0.3;

export type Target = { name: string; met: boolean; detail: string };

export function ratioToStatic(results: RouteResult[]): Map<string, number> {
  const yardstick = results[0]!.requestsPerSecond;
  return new Map(results.map((r) => [r.name, r.requestsPerSecond / yardstick]));
}

export function judgeTargets(results: RouteResult[]): Target[] {
  const ratios = ratioToStatic(results);
  const dashboard = results.find((r) => r.path === "/dashboard")!;
  const compliance = results.find((r) => r.path.endsWith("/compliance"))!;
  const errors = results.reduce((n, r) => n + r.errors, 0);
  const ratio = ratios.get(compliance.name)!;
  return [
    { name: "zero errors", met: errors === 0, detail: `${errors} errors in all routes` },
    {
      name: `dashboard p95 ≤ ${DASHBOARD_P95_MAX_MS} ms`,
      met: dashboard.latencyMs.p95 <= DASHBOARD_P95_MAX_MS,
      detail: `p95 ${dashboard.latencyMs.p95.toFixed(1)} ms`,
    },
    {
      name: `compliance API ≥ ${COMPLIANCE_MIN_RATIO * 100}% of static`,
      met: ratio >= COMPLIANCE_MIN_RATIO,
      detail: `${(ratio * 100).toFixed(1)}% of static`,
    },
  ];
}

export function printTable(results: RouteResult[], targets: Target[]): void {
  const ratios = ratioToStatic(results);
  const ms = (n: number) => n.toFixed(1).padStart(8);
  console.log(
    `\n${"route".padEnd(22)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ` +
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
        `${`${(ratios.get(r.name)! * 100).toFixed(1)}%`.padStart(9)}${codes}`,
    );
  }
  console.log("");
  for (const t of targets) console.log(`${t.met ? "met   " : "MISSED"}  ${t.name.padEnd(34)} ${t.detail}`);
}

/** Writes the run to bench/results/http-<timestamp>.json (git-ignored) and returns the file's path. */
export async function writeResults(
  stamp: string,
  run: Record<string, unknown>,
  results: RouteResult[],
  targets: Target[],
): Promise<string> {
  const dir = path.join(process.cwd(), "bench", "results");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `http-${stamp}.json`);
  const ratios = ratioToStatic(results);
  const routes = results.map((r) => ({ ...r, ratioToStatic: ratios.get(r.name) }));
  await writeFile(file, `${JSON.stringify({ ...run, routes, targets }, null, 2)}\n`);
  return file;
}
