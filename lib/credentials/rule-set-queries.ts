import "server-only";
import { db } from "@/lib/db";
import type { RuleSetInput } from "@/lib/credentials/compliance-types";
import { ruleSetSchema } from "@/lib/credentials/rule-set-schema";
import { isoOrNull } from "@/lib/dates";
import { processCached } from "@/lib/process-cache";

// Every body's rule sets, read once per process (public seed data that only changes with a restart).
export function getRuleSets(): Promise<RuleSetInput[]> {
  return processCached("rule-sets", loadRuleSets);
}

function loadRuleSets(): Promise<RuleSetInput[]> {
  return db.issuerRuleSet
    .findMany({
      select: {
        key: true,
        effectiveFrom: true,
        effectiveTo: true,
        rules: true,
        confidence: true,
        body: { select: { code: true } },
        source: { select: { publisher: true, title: true } },
      },
    })
    .then((rows) =>
      rows.map((r) => ({
        key: r.key,
        body: r.body.code,
        effectiveFrom: isoOrNull(r.effectiveFrom),
        effectiveTo: isoOrNull(r.effectiveTo),
        rules: ruleSetSchema.parse(r.rules),
        source: `${r.source.publisher}, ${r.source.title}`,
        confidence: r.confidence,
      })),
    );
}
