import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/current-user";
import { getCompliance } from "@/lib/credentials/compliance-queries";
import { DASHBOARD_PLANS, readDashboard } from "@/lib/dashboard/queries";
import { formatEducation, formatUsd, formatYears } from "@/lib/format";
import { reachableFrom } from "@/lib/ladder/reachable";
import { DeadlineWarnings } from "@/components/credentials/deadline-warnings";
import { StatusBadge } from "@/components/credentials/status-badge";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Section } from "@/components/ui/section";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Dashboard" };

const nextSteps = [
  {
    title: "Explore the ladder",
    text: "See every role, the moves between them and what each asks for.",
    href: "/ladder",
    link: "Open the career ladder",
  },
  {
    title: "Compare credentials",
    text: "Eligibility, exam fees and renewal rules, each with its source.",
    href: "/credentials",
    link: "Browse credentials",
  },
  {
    title: "Pay along your plans",
    text: "The pay range of every role, with sources; each saved plan shows its projection year by year.",
    href: "/pay",
    link: "See pay by role",
  },
];

function NextStep({ title, text, href, link }: (typeof nextSteps)[number]) {
  return (
    <Section as="div">
      <h3 className="font-semibold">{title}</h3>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{text}</p>
      <TextLink href={href} className="mt-2 inline-block">
        {link}
      </TextLink>
    </Section>
  );
}

export default async function DashboardPage() {
  const user = await requirePageUser("/dashboard");
  const profile = await readDashboard(user.id);
  if (!profile) return null;
  const { plans, planCount } = profile;
  const compliance = await getCompliance(user.id, { stamp: profile.stamp });
  const nearby = profile.currentRole ? ((await reachableFrom(profile.currentRole.slug, 2)) ?? []) : [];
  const missing = [
    profile.currentRole ? null : "your current role",
    profile.education ? null : "your education",
    profile.yearsExperience !== null ? null : "your years of experience",
  ].filter((m): m is string => m !== null);

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{`Welcome, ${profile.name}`}</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">Your plans, credentials and CEUs in one place.</p>
      </div>

      <Section title="Where you stand" titleId="where">
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">Current role</dt>
          <dd>
            {profile.currentRole ? (
              <TextLink href={`/ladder#${profile.currentRole.slug}`}>{profile.currentRole.title}</TextLink>
            ) : (
              "Not set"
            )}
          </dd>
          <dt className="font-medium">Education</dt>
          <dd>{profile.education ? formatEducation(profile.education) : "Not set"}</dd>
          <dt className="font-medium">Experience</dt>
          <dd>{profile.yearsExperience !== null ? formatYears(profile.yearsExperience) : "Not set"}</dd>
          <dt className="font-medium">Region</dt>
          <dd>{profile.region ?? "Not set"}</dd>
          <dt className="font-medium">Current salary</dt>
          <dd>{profile.currentSalary !== null ? formatUsd(profile.currentSalary) : "Not set"}</dd>
        </dl>
        {missing.length > 0 ? (
          <p className="mt-4 rounded-md bg-amber-50 p-3 text-amber-900 dark:bg-amber-950 dark:text-amber-100">
            Add {missing.join(", ")} so plans can start from where you really are.{" "}
            <Link href="/profile" className="font-semibold underline">
              Complete your profile
            </Link>
          </p>
        ) : (
          <p className="mt-4">
            <TextLink href="/profile">Edit your profile</TextLink>
          </p>
        )}
      </Section>

      <DeadlineWarnings items={compliance.items} asOf={compliance.asOf} />

      <Section title="Your credentials" titleId="creds" aside={<TextLink href="/ceus">Log CEUs</TextLink>}>
        {compliance.held.length + compliance.custom.length === 0 ? (
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            None on record yet. <TextLink href="/my-credentials">Add the credentials you hold</TextLink> to track their
            CEUs and deadlines.
          </p>
        ) : (
          <ul className="mt-3 space-y-2">
            {[...compliance.held, ...compliance.custom].map((h) => (
              <li key={h.id} className="flex flex-wrap items-center gap-2">
                <TextLink href={`/my-credentials/${encodeURIComponent(h.code)}`} className="font-medium">
                  {"name" in h && "issuer" in h ? h.name : h.code}
                </TextLink>
                <StatusBadge status={h.status} />
                <span className="text-sm text-slate-600 dark:text-slate-400">
                  {h.status === "replaced"
                    ? "replaced by a higher credential"
                    : h.remaining
                      ? `${h.remaining} CEUs owed by ${h.dueDate}`
                      : h.dueDate
                        ? `nothing owed; cycle ends ${h.cycleEndComputed}`
                        : "no CEU rules recorded"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      {profile.currentRole ? (
        <Section title={<>Within two moves of {profile.currentRole.title}</>} titleId="nearby">
          {nearby.length === 0 ? (
            <p className="mt-2 text-slate-700 dark:text-slate-300">No moves onward are recorded from your role.</p>
          ) : (
            <ul className="mt-2 grid gap-1 sm:grid-cols-2">
              {nearby.map((r) => (
                <li key={r.slug}>
                  <TextLink href={`/ladder#${r.slug}`}>{r.title}</TextLink>
                  <span className="text-sm text-slate-600 dark:text-slate-400">
                    {" "}
                    · {r.moves} {r.moves === 1 ? "move" : "moves"}, typically {r.yearsMin}+{" "}
                    {r.yearsMin === 1 ? "year" : "years"}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>
      ) : null}

      <Section title="Your plans" titleId="plans" aside={<TextLink href="/plan">Plan a new path</TextLink>}>
        {planCount === 0 ? (
          <p className="mt-3 text-slate-700 dark:text-slate-300">
            No saved plans yet. <TextLink href="/plan">Plan a path</TextLink> to the role you want and save it to follow
            your progress here.
          </p>
        ) : (
          <ul className="mt-3 space-y-4">
            {plans.map((p) => (
              <li key={p.id}>
                <TextLink href={`/plans/${p.id}`} className="font-medium">
                  {p.name}
                </TextLink>
                <span className="text-sm text-slate-600 dark:text-slate-400"> · to {p.targetTitle}</span>
                <div className="mt-1 max-w-md">
                  <ProgressBar
                    value={p.stepCount ? p.doneCount / p.stepCount : 0}
                    label={`${p.doneCount} of ${p.stepCount} steps done`}
                  />
                </div>
              </li>
            ))}
            {planCount > DASHBOARD_PLANS ? (
              <li>
                <TextLink href="/plans">All {planCount} plans</TextLink>
              </li>
            ) : null}
          </ul>
        )}
      </Section>

      <Section plain title="Next steps" titleId="next" titleHidden className="grid gap-4 md:grid-cols-3">
        {nextSteps.map((n) => (
          <NextStep key={n.href} {...n} />
        ))}
      </Section>
    </div>
  );
}
