import { round1 } from "@/lib/math";

// Small pieces of wording for the reasons scheduling gives ("needs 2 years of coding work"). Pure.

/** "CPC", "CPC or CCA", "CPC, CCA or CCS". */
export function anyOf(codes: string[]): string {
  return codes.length <= 1 ? codes.join("") : `${codes.slice(0, -1).join(", ")} or ${codes.at(-1)}`;
}

/** "Pass the CPC" → "pass the CPC", but "RHIA plus…" stays as it is. */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** "1 year", "2.5 years". */
export function years(n: number): string {
  const rounded = round1(n);
  return `${rounded} ${rounded === 1 ? "year" : "years"}`;
}
