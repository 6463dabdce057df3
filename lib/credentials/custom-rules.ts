import type { HeldInput, RuleSetInput } from "@/lib/credentials/compliance-types";
import { addDays, addMonths } from "@/lib/dates";

// A credential from outside the catalog (HCCA CHC, IAPP CIPP/US, a state licence) is judged by the rules the person
// entered: so many CEUs per cycle of so many months, with optional topic minimums, counted from the day it was
// earned or from the cycle end they gave. It is a body of its own: its CEUs are not pooled with anything. Pure.

export const CUSTOM_RULES_SOURCE = "Rules you entered";

export function customRuleSet(held: HeldInput): RuleSetInput | null {
  const custom = held.custom;
  if (!custom) return null;
  return {
    key: `custom:${held.code}`,
    body: held.body,
    effectiveFrom: null,
    effectiveTo: null,
    source: CUSTOM_RULES_SOURCE,
    confidence: "assumption",
    rules: {
      cycle: {
        months: custom.cycleMonths,
        start: "certification_date",
        synchronised: false,
        dueOffsetDays: 0,
        endsAtMonthEnd: false,
      },
      requirement: { kind: "per_credential", ceus: custom.requiredCeus },
      topicMinimums: custom.topicMinimums.map((m) => ({ credential: held.code, topic: m.topic, ceus: m.ceus })),
      quotas: [],
      counting: { countOnce: true, carryOver: false, beforeCertification: false, renewalMonthEitherCycle: false },
      firstCycleProrated: false,
      status: { graceDays: null },
      alternatives: [],
      notes: [],
    },
  };
}

/** The cycle the person gave for a custom credential, as dates the cycle stepping starts from. */
export function customCycleSpan(held: HeldInput): { start: string; end: string } | null {
  const end = held.custom?.cycleEnd;
  if (!end) return null;
  return { start: addDays(addMonths(end, -held.custom!.cycleMonths), 1), end };
}
