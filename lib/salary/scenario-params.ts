import { addMonths } from "@/lib/dates";
import type { FieldIssue } from "@/lib/errors";

// The what-if page's address (`/what-if?add=CIC&on=2027-06-01&remove=CPB&years=5`), read into the API's request
// shape without judging it: the service's schema does that, so the page and POST /api/v1/what-if give the same
// messages. The messages then go back beside the field each is about. Pure.

export type WhatIfSearch = Record<string, string | string[] | undefined>;

/** The form's fields as the address gave them: strings, so a bad value is shown back to be corrected. */
export type WhatIfChoice = { add: string; on: string; remove: string[]; years: string };
export type WhatIfField = keyof WhatIfChoice | "form";

export const DEFAULT_YEARS = 5;

/** Six months from today: about the time it takes to prepare for and sit an exam. */
export const defaultEarnedOn = (today: string) => addMonths(today, 6);

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
const every = (v: string | string[] | undefined) =>
  (v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean);

/** The choice in the address, and the request to send (null until something is added or dropped). */
export function readWhatIfSearch(
  search: WhatIfSearch,
  today: string,
): { choice: WhatIfChoice; request: Record<string, unknown> | null } {
  const choice: WhatIfChoice = {
    add: first(search.add).toUpperCase(),
    on: first(search.on) || defaultEarnedOn(today),
    remove: [...new Set(every(search.remove).map((c) => c.toUpperCase()))],
    years: first(search.years) || String(DEFAULT_YEARS),
  };
  if (!choice.add && choice.remove.length === 0) return { choice, request: null };
  return {
    choice,
    request: {
      add: choice.add ? [{ code: choice.add, on: choice.on }] : [],
      remove: choice.remove,
      // "abc" becomes NaN, which the schema refuses with its own words.
      years: Number(choice.years),
    },
  };
}

function fieldOf(path: string): WhatIfField {
  if (path === "add.0.on") return "on";
  if (path === "add" || path.startsWith("add.")) return "add";
  if (path === "remove" || path.startsWith("remove.")) return "remove";
  return path === "years" ? "years" : "form";
}

/** "years must be at most 10." → "Must be at most 10.": beside its field, the field's name goes without saying. */
function tidy(message: string): string {
  const m = message.replace(/^\w+ must/, "Must").trim();
  const capital = m.charAt(0).toUpperCase() + m.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** The first message for each field of the form; anything not about a field is for the form as a whole. */
export function whatIfFieldErrors(issues: FieldIssue[]): Partial<Record<WhatIfField, string>> {
  const out: Partial<Record<WhatIfField, string>> = {};
  for (const i of issues) out[fieldOf(i.path)] ??= tidy(i.message);
  return out;
}

/** The page's own address for these choices (only the fields it knows), e.g. to come back to after signing in. */
export function whatIfPath(search: WhatIfSearch): string {
  const q = new URLSearchParams();
  for (const key of ["add", "on", "remove", "years"]) for (const v of every(search[key])) q.append(key, v);
  const query = q.toString();
  return query ? `/what-if?${query}` : "/what-if";
}

/** A link that opens the what-if with a credential chosen (and when it would be earned, where known). */
export const whatIfHref = (add: string, on?: string) => whatIfPath({ add, on });
