import type { ComplianceItem } from "@/lib/credentials/compliance-types";
import type { RuleSet } from "@/lib/credentials/rule-set-schema";
import { addDays } from "@/lib/dates";

// Every date a cycle brings, in order: when the body starts accepting submissions, the due date, and — while CEUs
// are still owed — the end of grace, the end of the late-fee stage and the day of revocation. Each cycle has its
// own dates. The calendar feed, deadline warnings and reminders all read this one list. Pure.

export type DeadlineStage = "window_opens" | "due" | "grace_ends" | "late_fee_ends" | "revoked";

export type Deadline = { stage: DeadlineStage; date: string };

export const stageWords: Record<DeadlineStage, string> = {
  window_opens: "Submission window opens",
  due: "CEUs due",
  grace_ends: "Grace period ends",
  late_fee_ends: "Late-fee stage ends",
  revoked: "Revoked if still owed",
};

export function deadlinesOf(item: ComplianceItem, rules?: Pick<RuleSet, "submissionWindowDaysBeforeDue">): Deadline[] {
  if (item.required === 0 && !item.custom) return [];
  const list: Deadline[] = [];
  if (rules?.submissionWindowDaysBeforeDue) {
    list.push({ stage: "window_opens", date: addDays(item.dueDate, -rules.submissionWindowDaysBeforeDue) });
  }
  list.push({ stage: "due", date: item.dueDate });
  // Once the CEUs are in (or the cycle was reported), the stages after the due date never come.
  if (!item.met) {
    if (item.graceEnds) list.push({ stage: "grace_ends", date: item.graceEnds });
    if (item.lateFeeEnds) list.push({ stage: "late_fee_ends", date: item.lateFeeEnds });
    if (item.revokedOn) list.push({ stage: "revoked", date: item.revokedOn });
  }
  return list;
}

/** The next date that matters on `asOf` for an item still owed: the stage a person must act before. */
export function nextDeadline(item: ComplianceItem, asOf: string): Deadline | null {
  return deadlinesOf(item).find((d) => d.stage !== "window_opens" && d.date >= asOf) ?? null;
}
