import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LadderGraph } from "@/components/ladder/ladder-graph";
import { PathSummary } from "@/components/plans/path-summary";
import { PlanSteps } from "@/components/plans/plan-steps";
import { TextLink } from "@/components/ui/text-link";
import { requirePageUser } from "@/lib/auth/current-user";
import { getLadderGraphData } from "@/lib/ladder/queries";
import { getPlan } from "@/lib/plans/queries";

export const metadata: Metadata = { title: "Plan" };

type Props = { params: Promise<{ id: string }> };

export default async function PlanPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/plans/${encodeURIComponent(id)}`);
  const [plan, graph] = await Promise.all([getPlan(user.id, id), getLadderGraphData()]);
  if (!plan) notFound();
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <TextLink href="/plans">All your plans</TextLink>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{plan.name}</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {plan.path.steps.map((s) => s.title).join(" → ")} · saved {plan.createdAt.slice(0, 10)}
        </p>
        <PathSummary path={plan.path} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="steps">
          <h2 id="steps" className="text-xl font-semibold">
            Steps
          </h2>
          <div className="mt-2">
            <PlanSteps id={plan.id} steps={plan.path.steps} doneSteps={plan.doneSteps} version={plan.version} />
          </div>
        </section>
        <section aria-labelledby="graph">
          <h2 id="graph" className="text-xl font-semibold">
            On the ladder
          </h2>
          <LadderGraph
            roles={graph.roles}
            moves={graph.moves}
            height="h-[26rem]"
            highlight={{ current: plan.request.currentRole, target: plan.target.slug, path: plan.path.steps.map((s) => s.role) }}
          />
        </section>
      </div>
    </div>
  );
}
