import type { Metadata } from "next";
import { RolePayPanel } from "@/components/salary/role-pay-panel";
import { TextLink } from "@/components/ui/text-link";
import { getPayContext } from "@/lib/salary/queries";

export const metadata: Metadata = { title: "Pay by role" };
export const dynamic = "force-dynamic";

export default async function PayPage() {
  const ctx = await getPayContext();
  return (
    <div className="space-y-6">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold">Pay by role</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          What each role on the ladder pays, from national surveys and salary reports, each figure with its source and
          year. To see pay along a path, <TextLink href="/plan">plan one</TextLink> and save it: each saved plan
          projects its pay year by year.
        </p>
      </div>
      <RolePayPanel ctx={ctx} />
    </div>
  );
}
