import type { Metadata } from "next";
import { ComparePanel } from "@/components/salary/compare-panel";
import { Alert } from "@/components/ui/alert";
import { BackLink, TextLink } from "@/components/ui/text-link";
import { getProfile } from "@/lib/accounts/queries";
import { requirePageUser } from "@/lib/auth/current-user";
import { todayIso } from "@/lib/dates";
import { getPlan } from "@/lib/plans/queries";
import { initialAssumptions, planProjectionInputs } from "@/lib/salary/plan-inputs";

export const metadata: Metadata = { title: "Compare plans" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComparePlansPage({ searchParams }: Props) {
  const search = await searchParams;
  const raw = search.ids;
  const ids = [...new Set((Array.isArray(raw) ? raw : raw ? raw.split(",") : []).map((s) => s.trim()).filter(Boolean))];
  const user = await requirePageUser(`/plans/compare?${ids.map((i) => `ids=${encodeURIComponent(i)}`).join("&")}`);
  const [profile, ...found] = await Promise.all([
    getProfile(user.id),
    ...ids.slice(0, 3).map((id) => getPlan(user.id, id)),
  ]);
  const plans = found.filter((p) => p !== null);
  const back = <BackLink href="/plans">All your plans</BackLink>;
  if (ids.length < 2 || ids.length > 3 || plans.length !== ids.length) {
    const why =
      ids.length < 2
        ? "Choose two or three plans to compare."
        : ids.length > 3
          ? "Choose at most three plans: more lines than that are hard to read on one chart."
          : "One of the chosen plans was not found; it may have been deleted.";
    return (
      <div className="max-w-3xl space-y-4">
        {back}
        <h1 className="text-3xl font-bold">Compare plans</h1>
        <Alert tone="error">{why}</Alert>
        <p>
          On <TextLink href="/plans">your plans</TextLink>, tick “Compare” on the plans you want side by side, then
          choose “Compare selected”.
        </p>
      </div>
    );
  }
  const today = todayIso();
  const inputs = await Promise.all(plans.map((p) => planProjectionInputs(p, today)));
  const { initial, defaults } = initialAssumptions(search, profile?.currentSalary ?? null);
  return (
    <div className="space-y-6">
      {back}
      <div>
        <h1 className="text-3xl font-bold">Compare plans</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          {plans.map((p) => p.name).join(" · ")}: what each is expected to pay, year by year, with the same assumptions.
        </p>
      </div>
      <ComparePanel
        ctx={inputs[0]!.ctx}
        plans={plans.map((p, i) => ({ id: p.id, name: p.name, request: inputs[i]!.request }))}
        initial={initial}
        defaults={defaults}
      />
    </div>
  );
}
