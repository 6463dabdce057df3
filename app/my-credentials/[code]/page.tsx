import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CustomRowActions } from "@/components/credentials/custom-row-actions";
import { CycleActions } from "@/components/credentials/cycle-actions";
import { Assumptions, StageDates } from "@/components/credentials/stage-dates";
import { StatusBadge } from "@/components/credentials/status-badge";
import { ConfidenceBadge } from "@/components/ui/confidence-badge";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Section } from "@/components/ui/section";
import { BackLink, TextLink } from "@/components/ui/text-link";
import { requirePageUser } from "@/lib/auth/current-user";
import { listEntries } from "@/lib/ceus/queries";
import { getCompliance } from "@/lib/credentials/compliance-queries";
import type { ComplianceItem } from "@/lib/credentials/compliance-types";

export const dynamic = "force-dynamic";
type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await params).code.toUpperCase().slice(0, 12)} on your record` };
}

type HeldForCycle = Parameters<typeof CycleActions>[0]["held"];

function CycleSection({
  item,
  titles,
  held,
  today,
}: {
  item: ComplianceItem;
  titles: Map<string, string>;
  held: HeldForCycle | null;
  today: string;
}) {
  return (
    <Section
      title={
        <>
          {item.cycle === "current" ? "Current cycle" : "Previous cycle (not completed)"}: {item.cycleStart} to{" "}
          {item.cycleEnd}
        </>
      }
      titleId={`cycle-${item.cycle}`}
      aside={<StatusBadge status={item.status} />}
    >
      <StageDates item={item} className="mt-1" />
      {item.credentials.length > 1 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">Shared by {item.credentials.join(", ")}.</p>
      ) : null}
      <Assumptions item={item} />
      <div className="mt-3 max-w-xl">
        <ProgressBar
          value={item.required ? item.earned / item.required : 1}
          label={`${item.earned} of ${item.required} CEUs`}
        />
      </div>
      <p className="mt-2 font-medium">
        {item.remaining > 0
          ? `Still owed: ${item.remaining} CEUs by ${item.dueDate}.`
          : "Nothing more owed this cycle."}
      </p>
      {item.minimums.length || item.quotas.length ? (
        <ul className="mt-3 space-y-2">
          {item.minimums.map((m) => (
            <li key={`${m.credential}-${m.topic}`} className="max-w-xl">
              <ProgressBar
                value={m.earned / m.required}
                label={`${m.credential}: ${m.earned} of ${m.required} on ${m.topic.replace(/_/g, " ")}`}
              />
            </li>
          ))}
          {item.quotas.map((q) => (
            <li key={q.rule} className="text-sm">
              {q.met ? "✓" : "✗"} {q.rule}: {q.earned}{" "}
              {q.kind === "max_per_activity" ? `(largest counted; cap ${q.required})` : `of ${q.required}`}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">{item.explanation}</p>
      {item.ruleSet ? (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          <ConfidenceBadge confidence={item.ruleSet.confidence} /> Rules {item.ruleSet.key}: {item.ruleSet.source}
        </p>
      ) : null}
      <h3 className="mt-4 font-semibold">Entries that count</h3>
      {item.counted.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">None yet in this cycle.</p>
      ) : (
        <ul className="mt-1 list-disc pl-5 text-sm">
          {item.counted.map((c) => (
            <li key={c.entryId}>
              {titles.get(c.entryId) ?? "Entry"}: {c.ceus} CEUs{c.credential ? ` toward ${c.credential}` : ""}
            </li>
          ))}
        </ul>
      )}
      {item.excluded.length ? (
        <>
          <h3 className="mt-3 font-semibold">Entries in this cycle that do not count</h3>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {item.excluded.map((x) => (
              <li key={x.entryId}>
                {titles.get(x.entryId) ?? "Entry"}: {x.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {held && !item.custom ? <CycleActions held={held} item={item} body={item.body} today={today} /> : null}
    </Section>
  );
}

export default async function HeldDetailPage({ params }: Props) {
  const code = decodeURIComponent((await params).code).toUpperCase();
  const user = await requirePageUser(`/my-credentials/${encodeURIComponent(code)}`);
  const [{ asOf, items, held, custom }, entries] = await Promise.all([getCompliance(user.id), listEntries(user.id)]);
  const mine = held.find((h) => h.code === code);
  const own = custom.find((c) => c.code === code);
  if (!mine && !own) notFound();
  const relevant = items.filter((i) => i.credentials.includes(code));
  const titles = new Map(entries.map((e) => [e.id, `${e.date} ${e.title}`]));
  return (
    <div className="space-y-6">
      <BackLink href="/my-credentials">All my credentials</BackLink>
      {mine ? (
        <div>
          <h1 className="text-3xl font-bold">
            {mine.code}
            {mine.apprentice ? "-A" : ""}: {mine.name}
          </h1>
          <p className="text-slate-700 dark:text-slate-300">
            {mine.body} · earned {mine.earnedOn} ·{" "}
            <TextLink href={`/credentials/${encodeURIComponent(mine.code)}`}>the body&rsquo;s rules</TextLink>
          </p>
        </div>
      ) : (
        <div>
          <h1 className="text-3xl font-bold">{own!.name}</h1>
          <p className="text-slate-700 dark:text-slate-300">
            {own!.issuer} · earned {own!.earnedOn} · {own!.requiredCeus} CEUs every {own!.cycleMonths} months (rules you
            entered; code {own!.code} for CEU entries)
          </p>
          <CustomRowActions custom={own!} today={asOf} />
        </div>
      )}
      {relevant.length === 0 ? (
        <p>
          {mine?.status === "replaced"
            ? "A higher credential replaced this one: its CEUs count toward that credential now."
            : "No continuing-education rules are recorded for this credential."}
        </p>
      ) : (
        relevant.map((i) => <CycleSection key={i.cycle} item={i} titles={titles} held={mine ?? null} today={asOf} />)
      )}
    </div>
  );
}
