"use client";

import { useState } from "react";
import { LadderGraph, type GraphMove, type GraphRole } from "@/components/ladder/ladder-graph";
import { PathSummary } from "@/components/plans/path-summary";
import { PathTimeline } from "@/components/plans/path-timeline";
import { SavePlanForm } from "@/components/plans/save-plan-form";
import { Alert } from "@/components/ui/alert";
import type { PlanPreview } from "@/lib/plans/preview";

const objectiveWords = {
  fastest: "fastest first",
  cheapest: "lowest exam fees first",
  best_pay: "best expected earnings first",
};

const chosenBorder = "border-brand-700 dark:border-brand-300";
const otherBorder = "border-slate-200 dark:border-slate-700";

export function PlanResults({
  result,
  graph,
  signedIn,
}: {
  result: PlanPreview;
  graph: { roles: GraphRole[]; moves: GraphMove[] };
  signedIn: boolean;
}) {
  const [chosen, setChosen] = useState(0);
  const targetTitle = graph.roles.find((r) => r.slug === result.request.target)?.title ?? result.request.target;
  if (result.paths.length === 0) {
    return (
      <section aria-labelledby="results" className="mt-8">
        <h2 id="results" className="text-2xl font-semibold">
          No path found
        </h2>
        <div className="mt-3">
          <Alert tone="info">{result.explanation ?? "No path could be planned."}</Alert>
        </div>
      </section>
    );
  }
  const path = result.paths[chosen]!;
  return (
    <section aria-labelledby="results" className="mt-8 space-y-6">
      <div>
        <h2 id="results" className="text-2xl font-semibold">
          {result.paths.length} {result.paths.length === 1 ? "path" : "paths"} to {targetTitle}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Sorted {objectiveWords[result.request.objective]}, counted from {result.asOf}.
          {result.explanation ? ` ${result.explanation}` : ""}
        </p>
      </div>
      <fieldset>
        <legend className="sr-only">Choose a path to see on the graph and save</legend>
        <div className="grid gap-4 lg:grid-cols-3">
          {result.paths.map((p, i) => (
            <div
              key={p.steps.map((s) => s.role).join(">")}
              className={`rounded-lg border-2 p-4 ${i === chosen ? chosenBorder : otherBorder}`}
            >
              <div className="flex items-start gap-2">
                <input
                  id={`path-${i}`}
                  type="radio"
                  name="chosen-path"
                  className="mt-1.5"
                  checked={i === chosen}
                  onChange={() => setChosen(i)}
                />
                <label htmlFor={`path-${i}`} className="cursor-pointer">
                  <span className="font-semibold">Path {i + 1}</span>
                  <span className="block text-sm">{p.steps.map((s) => s.title).join(" → ")}</span>
                </label>
              </div>
              <PathSummary path={p} horizonYears={result.horizonYears} />
            </div>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-6 lg:grid-cols-2">
        <div>
          <h3 className="text-xl font-semibold">Path {chosen + 1}, step by step</h3>
          <PathTimeline steps={path.steps} />
        </div>
        <div>
          <h3 className="text-xl font-semibold">On the ladder</h3>
          <LadderGraph
            roles={graph.roles}
            moves={graph.moves}
            height="h-[26rem]"
            highlight={{
              current: result.request.currentRole,
              target: result.request.target,
              path: path.steps.map((s) => s.role),
            }}
          />
        </div>
      </div>
      <div className="rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
        <h3 className="font-semibold">Keep this plan</h3>
        <div className="mt-2">
          <SavePlanForm
            request={result.request}
            pathIndex={chosen}
            defaultName={`To ${targetTitle}`}
            signedIn={signedIn}
          />
        </div>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">What these plans assume</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
          {result.assumptions.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
