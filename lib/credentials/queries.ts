import "server-only";
import { db } from "@/lib/db";
import { ruleSetSchema, type RuleSet } from "@/lib/credentials/rule-set-schema";
import type { Confidence } from "@/lib/ladder/requirement-schema";
import { routeSelect, sourceSelect, toRouteView, type RouteView, type SourceView } from "@/lib/ladder/route-view";
import { isoOrNull } from "@/lib/dates";

// Reads of the credential catalog (public data). One query per function.

export type FeeView = {
  kind: string;
  audience: "any" | "member" | "non_member";
  label: string;
  amountUsd: number;
  confidence: Confidence;
  source: SourceView;
};

export type CredentialSummary = {
  code: string;
  name: string;
  kind: "certification" | "license";
  plannable: boolean;
  hasApprenticeStatus: boolean;
  body: { code: string; name: string };
  summary: string | null;
  renewalCycleMonths: number | null;
  ceuRequired: number | null;
  examFees: FeeView[];
};

export type RuleSetView = {
  key: string;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  note: string | null;
  confidence: Confidence;
  source: SourceView;
  rules: RuleSet;
};

export type CredentialDetail = CredentialSummary & {
  examFormat: string | null;
  examFormatConfidence: Confidence | null;
  confidence: Confidence;
  source: SourceView;
  eligibility: RouteView[];
  apprenticeRemoval: RouteView[];
  fees: FeeView[];
  ruleSets: RuleSetView[];
  typicalFor: { slug: string; title: string }[];
};

const feeSelect = {
  kind: true,
  audience: true,
  label: true,
  amountUsd: true,
  confidence: true,
  source: { select: sourceSelect },
} as const;

const summarySelect = {
  code: true,
  name: true,
  kind: true,
  plannable: true,
  hasApprenticeStatus: true,
  summary: true,
  renewalCycleMonths: true,
  ceuRequired: true,
  body: { select: { code: true, name: true } },
  fees: { where: { kind: "exam" }, orderBy: { amountUsd: "asc" }, select: feeSelect },
} as const;

type FeeRow = {
  kind: string;
  audience: FeeView["audience"];
  label: string;
  amountUsd: { toNumber(): number };
  confidence: Confidence;
  source: SourceView;
};
const toFeeView = (f: FeeRow): FeeView => ({ ...f, amountUsd: f.amountUsd.toNumber() });

export async function listCredentials(): Promise<CredentialSummary[]> {
  const rows = await db.credential.findMany({ orderBy: [{ kind: "asc" }, { code: "asc" }], select: summarySelect });
  return rows.map(({ fees, ...c }) => ({ ...c, examFees: fees.map(toFeeView) }));
}

export async function getCredential(code: string): Promise<CredentialDetail | null> {
  const row = await db.credential.findUnique({
    where: { code },
    select: {
      ...summarySelect,
      fees: { orderBy: [{ kind: "asc" }, { amountUsd: "asc" }], select: feeSelect },
      examFormat: true,
      examFormatConfidence: true,
      confidence: true,
      source: { select: sourceSelect },
      eligibility: { orderBy: { position: "asc" }, select: routeSelect },
      typicalFor: { orderBy: { role: { level: "asc" } }, select: { role: { select: { slug: true, title: true } } } },
      body: {
        select: {
          code: true,
          name: true,
          fees: { where: { credentialId: null }, orderBy: { key: "asc" }, select: feeSelect },
          ruleSets: {
            orderBy: { effectiveFrom: { sort: "asc", nulls: "first" } },
            select: {
              key: true,
              effectiveFrom: true,
              effectiveTo: true,
              note: true,
              confidence: true,
              rules: true,
              source: { select: sourceSelect },
            },
          },
        },
      },
    },
  });
  if (!row) return null;
  const { fees, body, eligibility, typicalFor, ...rest } = row;
  const routes = eligibility.map((r) => ({ purpose: r.purpose, view: toRouteView(r) }));
  return {
    ...rest,
    body: { code: body.code, name: body.name },
    examFees: fees.filter((f) => f.kind === "exam").map(toFeeView),
    fees: [...fees.map(toFeeView), ...body.fees.map(toFeeView)],
    eligibility: routes.filter((r) => r.purpose === "qualify").map((r) => r.view),
    apprenticeRemoval: routes.filter((r) => r.purpose === "remove_apprentice").map((r) => r.view),
    typicalFor: typicalFor.map((t) => t.role),
    ruleSets: body.ruleSets.map((s) => ({
      ...s,
      effectiveFrom: isoOrNull(s.effectiveFrom),
      effectiveTo: isoOrNull(s.effectiveTo),
      // Stored rules were validated when seeded; parsing again keeps a hand-edited row from reaching the engine.
      rules: ruleSetSchema.parse(s.rules),
    })),
  };
}
