import type { Metadata } from "next";
import Link from "next/link";
import { PlanList } from "@/components/plans/plan-list";
import { requirePageUser } from "@/lib/auth/current-user";
import { listPlans } from "@/lib/plans/queries";

export const metadata: Metadata = { title: "Your plans" };

export default async function PlansPage() {
  const user = await requirePageUser("/plans");
  const plans = await listPlans(user.id);
  return (
    <div className="max-w-3xl">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold">Your plans</h1>
        <Link
          href="/plan"
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
        >
          Plan a new path
        </Link>
      </div>
      {plans.length === 0 ? (
        <div className="mt-6 rounded-lg border border-dashed border-slate-300 p-6 dark:border-slate-700">
          <p className="font-medium">No saved plans yet.</p>
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            Plan a path to the role you want, then save the one you like to track your progress here.
          </p>
        </div>
      ) : (
        <div className="mt-6">
          <PlanList plans={plans} />
        </div>
      )}
    </div>
  );
}
