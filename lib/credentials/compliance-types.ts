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

export type CredentialStatus = "active" | "due_soon" | "grace" | "inactive" | "revoked";

export type ComplianceItem = {
  body: string;
  credentials: string[];
  cycle: "current" | "previous";
  cycleStart: string;
  cycleEnd: string;
  dueDate: string;
  /** The last day of the grace period, when the body has one. */
  graceEnds: string | null;
  required: number;
  earned: number;
  remaining: number;
  minimums: { credential: string; topic: string; required: number; earned: number }[];
  quotas: { rule: string; required: number; earned: number; met: boolean }[];
  met: boolean;
  status: CredentialStatus;
  explanation: string;
  ruleSet: { key: string; source: string; confidence: Confidence } | null;
  /** Entries that count in this cycle, and toward which credential where that matters. */
  counted: { entryId: string; ceus: number; credential: string | null }[];
  /** Entries dated in this cycle that do not count here, and why. */
  excluded: { entryId: string; reason: string }[];
};
