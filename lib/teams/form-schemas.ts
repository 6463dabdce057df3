import { AppError } from "@/lib/errors";
import { SHARE_LEVELS, type ShareLevel } from "@/lib/teams/validation";

// How the teams forms say what the API takes as JSON. Pure.

/** Check boxes named after the share levels ("on" when ticked) as the share list. */
export const shareFromForm = (fields: Record<string, unknown>): ShareLevel[] =>
  SHARE_LEVELS.filter((s) => fields[s] === "on" || fields[s] === "true");

/**
 * A position's requirement as people type it: groups separated by "or" (or "|"), credentials within a group by
 * "+" or "and": "CCS or CPC + CIC" is [["CCS"], ["CPC", "CIC"]].
 */
export function parseRequiresText(text: string): string[][] {
  const groups = text
    .split(/\s*(?:\bor\b|\|)\s*/i)
    .map((g) =>
      g
        .split(/\s*(?:\+|\band\b|,)\s*/i)
        .map((c) => c.trim())
        .filter(Boolean),
    )
    .filter((g) => g.length > 0);
  if (groups.length === 0)
    throw AppError.validation([{ path: "requires", message: 'Name the credentials, e.g. "CCS or CPC + CIC".' }]);
  return groups;
}

export const requiresText = (requires: string[][]) => requires.map((g) => g.join(" + ")).join(" or ");
