import type { HeldStatus } from "@/lib/credentials/compliance-types";
import { addDays } from "@/lib/dates";

// Whether a person covers a position: the position names any-of groups of credentials ([["CCS"], ["CPC", "CIC"]]
// is CCS, or CPC and CIC), and a group is met when every credential in it is still in force. Pure.

export type HeldFact = { code: string; status: HeldStatus | null; dueDate: string | null };
export type Coverage = {
  met: boolean;
  /** When not met: what each group still lacks, the nearest group first. Empty when met. */
  missing: string[][];
  /** When met: credentials the covering group relies on that lapse soon (owed and due within the window, or
   * already past due and in grace or the late-fee stage). */
  lapsing: string[];
};

/** Statuses under which the credential is still held: past due but not yet inactive or revoked counts. */
const IN_FORCE = new Set<HeldStatus | null>(["active", "due_soon", "grace", "late_fee", null]);

/** A credential whose CEUs are owed and due within `days` of `asOf`, or past due but not yet lapsed. */
export function isLapsing(h: HeldFact, asOf: string, days: number): boolean {
  if (h.status === "grace" || h.status === "late_fee") return true;
  return h.status === "due_soon" && h.dueDate !== null && h.dueDate <= addDays(asOf, days);
}

export function coverage(requires: string[][], held: HeldFact[], asOf: string, lapsingDays = 30): Coverage {
  const byCode = new Map(held.map((h) => [h.code.toUpperCase(), h]));
  const inForce = (code: string) => byCode.has(code) && IN_FORCE.has(byCode.get(code)!.status);
  const groups = requires.map((g) => g.map((c) => c.toUpperCase()));
  const covering = groups.filter((g) => g.every(inForce));
  if (covering.length > 0) {
    // The group that lapses least speaks for the person: a CCS in grace does not matter beside a current CPC + CIC.
    const lapsingOf = (g: string[]) => g.filter((c) => isLapsing(byCode.get(c)!, asOf, lapsingDays));
    const best = [...covering].sort((a, b) => lapsingOf(a).length - lapsingOf(b).length)[0]!;
    return { met: true, missing: [], lapsing: lapsingOf(best) };
  }
  const missing = groups.map((g) => g.filter((c) => !inForce(c))).sort((a, b) => a.length - b.length);
  return { met: false, missing, lapsing: [] };
}
