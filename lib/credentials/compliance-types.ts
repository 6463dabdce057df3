import type { CeuSource, RuleSet } from "@/lib/credentials/rule-set-schema";
import type { Confidence } from "@/lib/ladder/requirement-schema";

// The compliance engine's inputs and answer, as plain data.

export type HeldInput = {
  code: string;
  body: string;
  earnedOn: string;
  /** The person's own cycle dates for this credential, when they set them. */
  cycleStart: string | null;
  cycleEnd: string | null;
  /** CEUs owed per cycle when held alone (the catalog's figure). */
  ceuRequired: number | null;
  /** When the person started tracking it here: cycles that ended before, with nothing logged in them, are not
   * judged (the person renewed them elsewhere). Null: judge every cycle. */
  trackedSince?: string | null;
  /** Catalog codes this credential replaces once granted (an RHIA replaces the RHIT). */
  replaces?: string[];
  /** The CEUs the body's own tracker shows for the cycle ending `cycleEnd` (a pro-rated first AAPC cycle). */
  requiredOverride?: { cycleEnd: string; ceus: number } | null;
  /** Cycles the person reported to the body outside HIM Pathways: counted as met whatever the log holds. */
  reported?: ReportedCycle[];
  /** A credential from an issuer outside the catalog, with the rules the person entered (`body` is the issuer). */
  custom?: CustomRules | null;
};

export type ReportedCycle = { cycleEnd: string; reportedOn: string };

export type CustomRules = {
  name: string;
  cycleMonths: number;
  requiredCeus: number;
  /** The end of the current cycle, when the issuer's dates differ from counting from `earnedOn`. */
  cycleEnd: string | null;
  topicMinimums: { topic: string; ceus: number }[];
};

export type EntryInput = {
  id: string;
  title: string;
  date: string;
  ceus: number;
  topics: string[];
  hiimDomain: boolean;
  source: CeuSource;
  externalBody: boolean;
  /** Codes the person restricted this entry to; empty: anywhere it is allowed. */
  appliesTo: string[];
};

export type RuleSetInput = {
  key: string;
  body: string;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  rules: RuleSet;
  source: string;
  confidence: Confidence;
};

export type CredentialStatus = "active" | "due_soon" | "grace" | "late_fee" | "inactive" | "revoked";

/** A held credential's status: a cycle's, or "replaced" when a higher credential took its place (RHIT by RHIA). */
export type HeldStatus = CredentialStatus | "replaced";

export type ComplianceItem = {
  body: string;
  credentials: string[];
  cycle: "current" | "previous";
  cycleStart: string;
  cycleEnd: string;
  dueDate: string;
  /** This cycle's stages after the due date, where the body has them: the last day of grace, the last day of the
   * late-fee stage, and the first day the credential is revoked if the CEUs are still owed. */
  graceEnds: string | null;
  lateFeeEnds: string | null;
  revokedOn: string | null;
  required: number;
  earned: number;
  remaining: number;
  minimums: { credential: string; topic: string; required: number; earned: number }[];
  quotas: {
    rule: string;
    kind: "min_share" | "min_ceus" | "max_per_activity";
    required: number;
    earned: number;
    met: boolean;
  }[];
  met: boolean;
  /** Set when the person reported this cycle to the body: it counts as met whatever the log holds. */
  reportedOn: string | null;
  /** Credentials held but replaced in this cycle by a higher one (RHIT by RHIA): they add nothing. */
  replaced: { code: string; by: string }[];
  /** A credential from outside the catalog: the rules are the ones the person entered. */
  custom: boolean;
  /** Plain sentences on what is estimated here and how to make it exact. */
  assumptions: string[];
  status: CredentialStatus;
  explanation: string;
  ruleSet: { key: string; source: string; confidence: Confidence } | null;
  /** Entries that count in this cycle, and toward which credential where that matters. */
  counted: { entryId: string; ceus: number; credential: string | null }[];
  /** Entries dated in this cycle that do not count here, and why. */
  excluded: { entryId: string; reason: string }[];
};
