// The credentials held at a point of a plan, as a persistent linked list: adding one is a single small object that
// points at the previous set, so nothing is copied as the search grows thousands of partial paths, and earlier sets
// stay valid. Lists are short (a career holds a handful of credentials), so lookups walk them; a later entry for a
// code shadows an earlier one (the "-A" coming off).

type Held = { at: number; apprentice: boolean };
export type HeldSet = { readonly code: string; readonly held: Held; readonly next: HeldSet } | null;

export const EMPTY_HELD: HeldSet = null;

export function withHeld(set: HeldSet, code: string, held: Held): HeldSet {
  return { code, held, next: set };
}

export function getHeld(set: HeldSet, code: string): Held | undefined {
  for (let n = set; n; n = n.next) if (n.code === code) return n.held;
  return undefined;
}

/** Each code once, with its latest entry. */
export function heldEntries(set: HeldSet): [string, Held][] {
  const out: [string, Held][] = [];
  for (let n = set; n; n = n.next) if (!out.some(([c]) => c === n!.code)) out.push([n.code, n.held]);
  return out;
}
