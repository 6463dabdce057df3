import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LadderGraph } from "@/components/ladder/ladder-graph";
import { PathSummary } from "@/components/plans/path-summary";
import { PlanSteps } from "@/components/plans/plan-steps";
import { SharePlan } from "@/components/plans/share-plan";
import { ProjectionPanel } from "@/components/salary/projection-panel";
import { Section } from "@/components/ui/section";
import { BackLink } from "@/components/ui/text-link";
import { getProfile } from "@/lib/accounts/queries";
import { requirePageUser } from "@/lib/auth/current-user";
import { todayIso } from "@/lib/dates";
import { getLadderGraphData } from "@/lib/ladder/queries";
import { getPlan } from "@/lib/plans/queries";
import { initialAssumptions, planProjectionInputs } from "@/lib/salary/plan-inputs";
import { getShareStatus } from "@/lib/salary/shared-plan";

export const metadata: Metadata = { title: "Plan" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PlanPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/plans/${encodeURIComponent(id)}`);
  const [plan, graph, profile, share] = await Promise.all([
    getPlan(user.id, id),
    getLadderGraphData(),
    getProfile(user.id),
    getShareStatus(user.id, id),
  ]);
  if (!plan) notFound();
  const today = todayIso();
  const { ctx, request, notes } = await planProjectionInputs(plan, today);
  const { initial, defaults } = initialAssumptions(await searchParams, profile?.currentSalary ?? null);
  return (
    <div className="space-y-6">
      <BackLink href="/plans">All your plans</BackLink>
      <div>
        <h1 className="text-3xl font-bold">{plan.name}</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {plan.path.steps.map((s) => s.title).join(" → ")} · saved {plan.createdAt.slice(0, 10)}
        </p>
        <PathSummary path={plan.path} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Section plain title="Steps" titleId="steps">
          <div className="mt-2">
            <PlanSteps id={plan.id} steps={plan.path.steps} doneSteps={plan.doneSteps} version={plan.version} />
          </div>
        </Section>
        <Section plain title="On the ladder" titleId="graph">
          <LadderGraph
            roles={graph.roles}
            moves={graph.moves}
            height="h-[26rem]"
            highlight={{
              current: plan.request.currentRole,
              target: plan.target.slug,
              path: plan.path.steps.map((s) => s.role),
            }}
          />
        </Section>
      </div>
      <Section plain title="Projected pay" titleId="pay">
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          What each year&apos;s role is expected to pay, where you would sit in it, and whether the plan pays for itself
          against staying where you are.
        </p>
        <div className="mt-4">
          <ProjectionPanel
            ctx={ctx}
            request={request}
            initial={initial}
            defaults={defaults}
            extraNotes={notes}
            fileStem={`plan-${plan.id.slice(0, 8)}`}
          />
        </div>
      </Section>
      <Section plain title="Share this plan" titleId="share">
        <div className="mt-2 max-w-xl">
          <SharePlan planId={plan.id} initial={share} />
        </div>
      </Section>
    </div>
  );
}
