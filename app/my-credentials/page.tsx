import type { Metadata } from "next";
import { CalendarFeed } from "@/components/credentials/calendar-feed";
import { DeadlineWarnings } from "@/components/credentials/deadline-warnings";
import { CustomForm } from "@/components/credentials/custom-form";
import { CustomRowActions } from "@/components/credentials/custom-row-actions";
import { HeldForm } from "@/components/credentials/held-form";
import { Assumptions, StageDates } from "@/components/credentials/stage-dates";
import { HeldRowActions } from "@/components/credentials/held-row-actions";
import { StatusBadge } from "@/components/credentials/status-badge";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Section } from "@/components/ui/section";
import { TextLink } from "@/components/ui/text-link";
import { requirePageUser } from "@/lib/auth/current-user";
import { getCompliance } from "@/lib/credentials/compliance-queries";
import type { ComplianceItem } from "@/lib/credentials/compliance-types";
import { listCredentials } from "@/lib/credentials/queries";
import { getFeedToken } from "@/lib/credentials/calendar-feed";
import { publicOrigin } from "@/lib/http/origin";

export const metadata: Metadata = { title: "My credentials" };
export const dynamic = "force-dynamic";

const replacedBy = (items: ComplianceItem[], code: string) =>
  items.flatMap((i) => i.replaced).find((r) => r.code === code)?.by ?? "a higher credential";

/** A card's cycle at a glance: progress, what is owed by when, each stage's date, and what is estimated. */
function CycleSummary(props: {
  item: ComplianceItem | undefined;
  code: string;
  remaining: number | null;
  dueDate: string | null;
  empty?: string;
}) {
  const { item, code, remaining, dueDate } = props;
  if (!item || item.required <= 0) {
    return (
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        {item?.explanation ?? props.empty ?? "No continuing-education rules are recorded for this credential."}
      </p>
    );
  }
  return (
    <div className="mt-3">
      <ProgressBar value={item.earned / item.required} label={progressLabel(item, code)} />
      <p className="mt-1 text-sm">
        {remaining ? `${remaining} still owed by ${dueDate}.` : "Nothing owed this cycle."}
      </p>
      <StageDates item={item} className="mt-1" />
      <Assumptions item={item} />
    </div>
  );
}

/** "12 of 20 CEUs", and which other credentials share the count when the body pools them. */
function progressLabel(item: ComplianceItem, code: string): string {
  const others = item.credentials.filter((c) => c !== code).join(", ");
  return `${item.earned} of ${item.required} CEUs${item.credentials.length > 1 ? ` (shared with ${others})` : ""}`;
}

export default async function MyCredentialsPage() {
  const user = await requirePageUser("/my-credentials");
  const [{ asOf, items, held, custom }, catalog, feedToken] = await Promise.all([
    getCompliance(user.id),
    listCredentials(),
    getFeedToken(user.id),
  ]);
  const heldCodes = new Set(held.map((h) => h.code));
  const options = catalog
    .filter((c) => !heldCodes.has(c.code))
    .map((c) => ({ code: c.code, name: c.name, hasApprenticeStatus: c.hasApprenticeStatus }));
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">My credentials</h1>
        <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
          What you hold, where each stands in its renewal cycle, and what is still owed by when — each body&rsquo;s
          rules applied to your <TextLink href="/ceus">CEU log</TextLink>. As of {asOf}.
        </p>
        <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
          Thinking of another? See <TextLink href="/what-if">what one more credential would cost to keep</TextLink>: the
          CEUs, exam, renewals and dues, before and after.
        </p>
      </div>
      <DeadlineWarnings items={items} asOf={asOf} />
      {held.length === 0 && custom.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 p-6 dark:border-slate-700">
          <p className="font-medium">No credentials on your record yet.</p>
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            Add the ones you hold below to track their cycles and CEUs.
          </p>
        </div>
      ) : (
        <ul className="grid gap-4 lg:grid-cols-2">
          {held.map((h) => {
            const item = items.find((i) => i.cycle === "current" && i.credentials.includes(h.code));
            return (
              <Section as="li" key={h.id} padding="p-4">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 className="text-lg font-semibold">
                    <TextLink href={`/my-credentials/${encodeURIComponent(h.code)}`}>
                      {h.code}
                      {h.apprentice ? "-A" : ""}
                    </TextLink>{" "}
                    <span className="text-base font-normal text-slate-600 dark:text-slate-400">{h.name}</span>
                  </h2>
                  <StatusBadge status={h.status} />
                </div>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {h.body} · earned {h.earnedOn}
                  {h.certificateNumber ? ` · no. ${h.certificateNumber}` : ""}
                  {h.cycleStartComputed
                    ? ` · cycle ${h.cycleStartComputed} to ${h.cycleEndComputed}${h.cycleStart ? " (your dates)" : ""}`
                    : ""}
                </p>
                <CycleSummary
                  item={item}
                  code={h.code}
                  remaining={h.remaining}
                  dueDate={h.dueDate}
                  empty={
                    h.status === "replaced"
                      ? `Replaced by ${replacedBy(items, h.code)}: no longer maintained on its own.`
                      : "No continuing-education rules are recorded for this credential."
                  }
                />
                <HeldRowActions held={h} today={asOf} />
              </Section>
            );
          })}
          {custom.map((c) => {
            const item = items.find((i) => i.cycle === "current" && i.credentials.includes(c.code));
            return (
              <Section as="li" key={c.id} padding="p-4">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 className="text-lg font-semibold">
                    <TextLink href={`/my-credentials/${encodeURIComponent(c.code)}`}>{c.name}</TextLink>
                  </h2>
                  <StatusBadge status={c.status} />
                </div>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {c.issuer} · earned {c.earnedOn} · {c.requiredCeus} CEUs every {c.cycleMonths} months ·{" "}
                  <span className="font-medium">rules you entered</span>
                </p>
                <CycleSummary item={item} code={c.code} remaining={c.remaining} dueDate={c.dueDate} />
                <CustomRowActions custom={c} today={asOf} />
              </Section>
            );
          })}
        </ul>
      )}
      <Section title="Deadlines in your calendar" titleId="calendar" className="max-w-3xl">
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          Due dates, grace periods and submission windows, kept up to date (iCalendar, for Google, Outlook or Apple
          calendars).
        </p>
        <div className="mt-3">
          <CalendarFeed initialUrl={feedToken ? `${publicOrigin()}/api/v1/calendar/${feedToken}.ics` : null} />
        </div>
      </Section>

      <Section title="Add a credential you hold" titleId="add" className="max-w-3xl">
        <div className="mt-3">
          <HeldForm options={options} today={asOf} />
        </div>
      </Section>

      <Section title="Add a credential from another issuer" titleId="add-custom" className="max-w-3xl">
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          For credentials HIM Pathways has no rules for — HCCA&rsquo;s CHC, IAPP&rsquo;s CIPP/US, NAHQ&rsquo;s CPHQ,
          HFMA&rsquo;s CRCR, a state licence. Enter the renewal rules from the issuer&rsquo;s site; they are tracked
          with your CEU log like the others and labelled as rules you entered.
        </p>
        <div className="mt-3">
          <CustomForm today={asOf} />
        </div>
      </Section>
    </div>
  );
}
