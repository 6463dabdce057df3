import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RequirementRoutes } from "@/components/ladder/requirement-routes";
import { SourceNote } from "@/components/ui/source-note";
import { Section } from "@/components/ui/section";
import { RuleSetSummary } from "@/components/credentials/rule-set-summary";
import { EligibilityPanel } from "@/components/credentials/eligibility-panel";
import { getProfile, type Profile } from "@/lib/accounts/queries";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getCredential } from "@/lib/credentials/queries";
import { checkEligibility } from "@/lib/plans/eligibility";
import { formatCycle, formatEducation, formatUsd, formatYears } from "@/lib/format";
import { credentialCodeSchema } from "@/lib/ladder/requirement-schema";
import { whatIfHref } from "@/lib/salary/scenario-params";
import { BackLink, TextLink } from "@/components/ui/text-link";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

// Route params arrive decoded; upper-casing lets /credentials/cpc work. Anything that is not a code is a 404.
const normalise = (code: string) => {
  const parsed = credentialCodeSchema.safeParse(code.toUpperCase());
  return parsed.success ? parsed.data : null;
};

/** What the eligibility answer is worked out from, in words: the profile's role, education and years. */
function profileBasis(p: Profile): string {
  const role = p.currentRole?.title ?? "no current role";
  const education = p.education ? formatEducation(p.education).toLowerCase() : "a high-school diploma assumed";
  return (
    `your profile (${role}, ${education}, ${formatYears(p.yearsExperience ?? 0)} of experience); ` +
    "credentials you hold are not recorded yet"
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: normalise((await params).code) ?? "Credential not found" };
}

export default async function CredentialPage({ params }: Props) {
  const code = normalise((await params).code);
  const credential = code ? await getCredential(code) : null;
  if (!credential) notFound();
  const c = credential;
  const user = await getCurrentUser();
  const profile = user && c.plannable ? await getProfile(user.id) : null;
  const eligibility = profile
    ? await checkEligibility(c.code, {
        currentRole: profile.currentRole?.slug ?? null,
        education: profile.education ?? "high_school",
        yearsExperience: profile.yearsExperience ?? 0,
        credentials: [],
      })
    : null;
  return (
    <div className="max-w-4xl">
      <BackLink href="/credentials">All credentials</BackLink>
      <h1 className="mt-2 text-3xl font-bold">
        {c.code}: {c.name}
      </h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        Issued by {c.body.name} ({c.body.code}). {c.summary}
      </p>
      <p className="mt-1">
        <SourceNote source={c.source} confidence={c.confidence} />
      </p>

      {eligibility && profile ? <EligibilityPanel eligibility={eligibility} basis={profileBasis(profile)} /> : null}

      <Section plain title="Who can sit the exam" titleId="eligibility" className="mt-8">
        <div className="mt-2">
          <RequirementRoutes routes={c.eligibility} emptyText="Not an exam HIM Pathways plans for." />
        </div>
        {c.apprenticeRemoval.length > 0 ? (
          <>
            <h3 className="mt-4 font-semibold">Removing the apprentice (&ldquo;-A&rdquo;) designation</h3>
            <div className="mt-2">
              <RequirementRoutes routes={c.apprenticeRemoval} />
            </div>
          </>
        ) : null}
      </Section>

      <Section plain title="Exam and fees" titleId="exam" className="mt-8">
        <p className="mt-2">
          {c.examFormat ? (
            <>
              Exam: {c.examFormat}. {c.examFormatConfidence === "assumption" ? <em>(unconfirmed)</em> : null}
            </>
          ) : (
            "The exam format is not recorded yet."
          )}
        </p>
        {c.fees.length === 0 ? (
          <p className="mt-2 text-slate-600 dark:text-slate-400">No fees are recorded for this credential yet.</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {c.fees.map((f) => (
              <li key={f.label}>
                <span className="font-medium">{formatUsd(f.amountUsd)}</span> {f.label}
                <div>
                  <SourceNote source={f.source} confidence={f.confidence} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section plain title="Keeping it current" titleId="renewal" className="mt-8">
        <p className="mt-2">
          {c.renewalCycleMonths ? `Renewed every ${formatCycle(c.renewalCycleMonths)}` : "No renewal cycle recorded"}
          {c.ceuRequired ? `; ${c.ceuRequired} CEUs per cycle when held alone.` : "."}
        </p>
        {c.ruleSets.map((rs) => (
          <RuleSetSummary key={rs.key} ruleSet={rs} />
        ))}
        {c.plannable ? (
          <p className="mt-3">
            <TextLink href={whatIfHref(c.code)} prefetch={false}>
              What would keeping it cost you?
            </TextLink>{" "}
            CEUs, exam, renewals and dues, year by year, alongside what you hold.
          </p>
        ) : null}
      </Section>

      {c.typicalFor.length > 0 ? (
        <Section plain title="Typical for" titleId="roles" className="mt-8">
          <ul className="mt-2 list-disc pl-5">
            {c.typicalFor.map((r) => (
              <li key={r.slug}>
                <TextLink href={`/ladder#${r.slug}`}>{r.title}</TextLink>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  );
}
