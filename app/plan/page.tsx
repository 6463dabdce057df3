import type { Metadata } from "next";
import { PlannerForm } from "@/components/plans/planner-form";
import { getProfile } from "@/lib/accounts/queries";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listCredentials } from "@/lib/credentials/queries";
import { todayIso } from "@/lib/dates";
import { getLadderGraphData } from "@/lib/ladder/queries";
import { listHeld } from "@/lib/credentials/held-queries";

export const metadata: Metadata = { title: "Plan a path" };
export const dynamic = "force-dynamic";

export default async function PlanPage() {
  const user = await getCurrentUser();
  const [profile, graph, credentials, held] = await Promise.all([
    user ? getProfile(user.id) : null,
    getLadderGraphData(),
    listCredentials(),
    user ? listHeld(user.id) : [],
  ]);
  const bodies = [...new Set(credentials.filter((c) => c.plannable).map((c) => c.body.code))];
  return (
    <div>
      <h1 className="text-3xl font-bold">Plan a path</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        From where you stand to the role you want: the best ways up the ladder, what to earn at each step and in what
        order, when you become eligible, and what the exams cost.
        {profile
          ? " Your profile and the credentials on your record filled in the first answers; " +
            "change anything for this plan."
          : ""}
      </p>
      <div className="mt-6">
        <PlannerForm
          roles={graph.roles}
          graph={graph}
          credentials={credentials.map((c) => ({
            code: c.code,
            name: c.name,
            body: c.body.code,
            plannable: c.plannable,
          }))}
          bodies={bodies}
          today={todayIso()}
          signedIn={Boolean(user)}
          defaults={{
            currentRole: profile?.currentRole?.slug ?? null,
            education: profile?.education ?? "high_school",
            yearsExperience: profile?.yearsExperience ?? 0,
            held: held.map((h) => ({ code: h.code, earnedOn: h.earnedOn })),
          }}
        />
      </div>
    </div>
  );
}
