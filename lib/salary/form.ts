import { zodIssues } from "@/lib/errors";
import { assumptionsSchema, type AssumptionsInput } from "@/lib/salary/validation";

// The assumptions form: text fields in, checked assumptions (or field errors) out, and the query string that
// carries them in the page's address. Pure, so the browser and the tests share it.

export type AssumptionFields = {
  raisePercent: string;
  baseYearPercent: string;
  currentSalary: string;
  /** Empty: placed by the salary, or the median. */
  position: string;
  horizonYears: string;
  includeRenewals: boolean;
  basis: Record<string, string>;
  ownPay: Record<string, string>;
};

const num = (s: string) => (s.trim() === "" ? undefined : Number(s.trim().replace(/[$,\s]/g, "")));

export function parseAssumptionFields(
  f: AssumptionFields,
): { ok: true; value: AssumptionsInput } | { ok: false; errors: Record<string, string> } {
  const raw: Record<string, unknown> = {
    raisePercent: num(f.raisePercent),
    baseYearPercent: num(f.baseYearPercent),
    currentSalary: num(f.currentSalary) ?? null,
    position: num(f.position),
    horizonYears: num(f.horizonYears),
    includeRenewals: f.includeRenewals,
    basis: Object.fromEntries(Object.entries(f.basis).filter(([, v]) => v)),
    ownPay: Object.fromEntries(Object.entries(f.ownPay).flatMap(([k, v]) => (v.trim() ? [[k, num(v)]] : []))),
  };
  for (const k of Object.keys(raw)) if (raw[k] === undefined) delete raw[k];
  const parsed = assumptionsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: Record<string, string> = {};
  for (const i of zodIssues(parsed.error)) errors[i.path] ??= i.message.replace(/^(\w+) must/, "Must");
  return { ok: false, errors };
}

export function fieldsFromAssumptions(a: AssumptionsInput): AssumptionFields {
  const s = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));
  return {
    raisePercent: s(a.raisePercent),
    baseYearPercent: s(a.baseYearPercent),
    currentSalary: s(a.currentSalary),
    position: s(a.position),
    horizonYears: s(a.horizonYears),
    includeRenewals: a.includeRenewals ?? true,
    basis: { ...(a.basis ?? {}) },
    ownPay: Object.fromEntries(Object.entries(a.ownPay ?? {}).map(([k, v]) => [k, String(v)])),
  };
}

/** The assumptions as a query string in the API's format (GET /api/v1/plans/{id}/projection takes the same). */
export function assumptionsToQuery(a: AssumptionsInput): string {
  const q = new URLSearchParams();
  for (const k of ["raisePercent", "baseYearPercent", "position", "horizonYears"] as const)
    if (a[k] !== undefined) q.set(k, String(a[k]));
  if (a.currentSalary !== undefined) q.set("currentSalary", a.currentSalary === null ? "" : String(a.currentSalary));
  if (a.includeRenewals === false) q.set("includeRenewals", "false");
  for (const [role, key] of Object.entries(a.basis ?? {})) q.set(`basis.${role}`, key);
  for (const [role, v] of Object.entries(a.ownPay ?? {})) q.set(`ownPay.${role}`, String(v));
  return q.toString();
}
