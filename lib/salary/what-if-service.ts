import "server-only";
import { getCompliance } from "@/lib/credentials/compliance-queries";
import { customInput } from "@/lib/credentials/judge-records";
import { getRuleSets } from "@/lib/credentials/rule-set-queries";
import { todayIso } from "@/lib/dates";
import { AppError, parseOrThrow, type FieldIssue } from "@/lib/errors";
import { getPlannerGraph } from "@/lib/ladder/planner-queries";
import { getPayContext } from "@/lib/salary/queries";
import { whatIfRequestSchema } from "@/lib/salary/validation";
import { whatIf, type WhatIfAnswer, type WhatIfContext } from "@/lib/salary/what-if";

// The what-if for a signed-in person: their own credentials, memberships and custom credentials unless the request
// names the credentials to start from; the catalog, rules and fees as seeded.

export async function runWhatIf(userId: string, input: unknown, today = todayIso()): Promise<WhatIfAnswer> {
  const req = parseOrThrow(whatIfRequestSchema, input);
  const [graph, ruleSets, pay, mine] = await Promise.all([
    getPlannerGraph(),
    getRuleSets(),
    getPayContext(today),
    getCompliance(userId, { asOf: today }),
  ]);
  const credentials = req.credentials ?? mine.held.map((h) => ({ code: h.code, earnedOn: h.earnedOn }));
  const issues: FieldIssue[] = [];
  const known = (code: string, path: string) => {
    const c = graph.credentials.get(code);
    if (!c || !c.plannable)
      issues.push({ path, message: `No credential "${code}" to plan: choose one from the catalog.` });
    return Boolean(c);
  };
  credentials.forEach((c, i) => known(c.code, `credentials.${i}.code`));
  req.add.forEach((a, i) => {
    if (!known(a.code, `add.${i}.code`)) return;
    if (credentials.some((c) => c.code === a.code) && !req.remove.includes(a.code))
      issues.push({ path: `add.${i}.code`, message: `${a.code} is already held; nothing to add.` });
  });
  req.remove.forEach((code, i) => {
    if (!credentials.some((c) => c.code === code))
      issues.push({
        path: `remove.${i}`,
        message: `${code} is not among the credentials held, so it cannot be removed.`,
      });
  });
  if (issues.length) throw AppError.validation(issues);

  const ctx: WhatIfContext = {
    catalog: new Map(
      [...graph.credentials.values()].map((c) => [
        c.code,
        { code: c.code, body: c.body, replaces: c.replaces, examFee: c.examFee },
      ]),
    ),
    ruleSets,
    pay,
  };
  return whatIf(ctx, {
    today,
    years: req.years,
    credentials,
    custom: req.credentials ? [] : mine.custom.map(customInput),
    add: req.add,
    remove: req.remove,
    memberships: mine.memberships,
  });
}
