import type { CredentialStatus } from "@/lib/credentials/compliance-types";
import type { RuleSet } from "@/lib/credentials/rule-set-schema";
import { addDays, daysBetween } from "@/lib/dates";

// What happens after a due date, stage by stage, as each body states it: AAPC gives 30 days of grace, then a
// late-fee stage of 60 days, and revokes at 90 days overdue; AHIMA makes a credential inactive at once and revokes
// it after 180 days inactive; ACDIS gives 45 days of grace. Pure.

export type Stages = {
  /** The last day of grace (no fee), where the body has one. */
  graceEnds: string | null;
  /** The last day a late fee keeps the credential, where the body has that stage. */
  lateFeeEnds: string | null;
  /** The first day the credential is revoked if the CEUs are still owed, where the body says when. */
  revokedOn: string | null;
};

export function stagesAfter(due: string, status: RuleSet["status"] | undefined): Stages {
  const grace = status?.graceDays ?? 0;
  const lateFee = status?.lateFeeDays ?? 0;
  const revokedAfter = status?.revokedAfterDaysPastDue
    ? status.revokedAfterDaysPastDue
    : status?.revokedAfterDaysInactive
      ? grace + lateFee + status.revokedAfterDaysInactive
      : null;
  return {
    graceEnds: grace > 0 ? addDays(due, grace) : null,
    lateFeeEnds: lateFee > 0 ? addDays(due, grace + lateFee) : null,
    revokedOn: revokedAfter === null ? null : addDays(due, revokedAfter + 1),
  };
}

/** The status of a cycle still owed on `asOf`, from its due date and stages. */
export function statusOwed(due: string, stages: Stages, asOf: string, dueSoonDays: number): CredentialStatus {
  const pastDue = daysBetween(due, asOf);
  if (pastDue <= 0) return -pastDue <= dueSoonDays ? "due_soon" : "active";
  if (stages.revokedOn && asOf >= stages.revokedOn) return "revoked";
  if (stages.graceEnds && asOf <= stages.graceEnds) return "grace";
  if (stages.lateFeeEnds && asOf <= stages.lateFeeEnds) return "late_fee";
  return "inactive";
}
