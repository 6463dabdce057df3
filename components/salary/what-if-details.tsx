import { Section } from "@/components/ui/section";
import { formatUsd } from "@/lib/format";
import { requirementLine, requirementRows } from "@/lib/salary/scenario-summaries";
import type { WhatIfAnswer } from "@/lib/salary/what-if";

// Beneath the what-if's charts: the cycles behind the CEU rates (who asks for how many, by when), then where the
// fees come from and what the figures leave out.

export function WhatIfRequirements({ answer }: { answer: WhatIfAnswer }) {
  const rows = requirementRows(answer);
  const first = answer.years[0]?.calendarYear;
  const last = answer.years.at(-1)?.calendarYear;
  return (
    <Section title="CEUs owed, cycle by cycle" titleId="cycles">
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Each body&apos;s requirement for every cycle that ends from {first} to {last}, after the change, with the figure
        without it.
      </p>
      {rows.length ? (
        <ul className="mt-3 space-y-1.5">
          {rows.map((r) => (
            <li key={`${r.body}-${r.cycleEnd}`} className="flex flex-wrap gap-x-3">
              <span className="font-medium tabular-nums">{r.calendarYear}</span>
              <span>{requirementLine(r)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3">No cycle ends in these years: choose more years to see the first one.</p>
      )}
    </Section>
  );
}

export function WhatIfNotes({ notes }: { notes: string[] }) {
  return (
    <Section title="Sources, and what is not counted" titleId="notes">
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
        <li>
          Not counted: what earning the CEUs costs (courses, webinars, conferences), study materials, and exam retakes.
        </li>
      </ul>
    </Section>
  );
}

/** Before and after side by side: what is held, the CEUs a year, and the costs over the years shown. */
export function WhatIfTotals({ answer }: { answer: WhatIfAnswer }) {
  const n = answer.years.length;
  const card = (label: string, s: WhatIfAnswer["before"]) => (
    <div className="rounded-md bg-slate-50 p-3 dark:bg-slate-900">
      <dt className="text-sm font-semibold">{label}</dt>
      <dd className="mt-1 text-sm">
        {s.credentials.length ? s.credentials.join(", ") : "No credentials"} · about {Math.round(s.ceusPerYear)} CEUs a
        year · {formatUsd(s.total)} over {n === 1 ? "the year" : `${n} years`}
      </dd>
    </div>
  );
  return (
    <dl className="mt-3 grid max-w-4xl grid-cols-1 gap-3 sm:grid-cols-2">
      {card("Before", answer.before)}
      {card("After", answer.after)}
    </dl>
  );
}
