import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PathSummary } from "@/components/plans/path-summary";
import { SharedPlanView } from "@/components/plans/shared-plan-view";
import { openShare } from "@/lib/salary/shared-plan";

// A plan shared by link: read-only, signed out, nothing of the owner's account (lib/salary/shared-plan.ts decides
// what is in it). Never indexed: the address is a secret its owner handed out, not a page for search engines.

export const metadata: Metadata = {
  title: "Shared plan",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = { params: Promise<{ token: string }> };

export default async function SharedPlanPage({ params }: Props) {
  const shared = await openShare((await params).token);
  if (!shared) notFound();
  const { plan, projection } = shared;
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-700 dark:text-slate-300">A career plan shared with you from HIM Pathways</p>
        <h1 className="text-3xl font-bold break-words">A path to {plan.target.title}</h1>
        <p className="text-slate-700 dark:text-slate-300">{plan.path.steps.map((s) => s.title).join(" → ")}</p>
        <PathSummary path={plan.path} />
      </div>
      <SharedPlanView path={plan.path} projection={projection} includesSalary={plan.includesSalary} />
    </div>
  );
}
