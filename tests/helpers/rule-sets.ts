import type { RuleSetInput } from "@/lib/credentials/compliance-types";
import ruleSetsJson from "@/prisma/data/rule-sets.json";
import { ruleSetsSchema } from "@/prisma/seed-schema";

/** The shipped rule sets, as the engine receives them (so tests check the real data, not a copy). */
export function shippedRuleSets(): RuleSetInput[] {
  return ruleSetsSchema.parse(ruleSetsJson).map((r) => ({
    key: r.key,
    body: r.body,
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
    rules: r.rules,
    source: r.source,
    confidence: r.confidence,
  }));
}
