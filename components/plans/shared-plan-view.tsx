import { Section } from "@/components/ui/section";
import { formatUsd, formatUsdOrDash } from "@/lib/format";
import type { StoredPath } from "@/lib/plans/plan-schema";
import type { Projection } from "@/lib/salary/types";

const cell = "border-b border-slate-200 px-2 py-1 text-left align-top dark:border-slate-800";
const num = `${cell} text-right tabular-nums`;

/** A shared plan's steps and pay projection as read-only tables (a server component: nothing to edit). */
export function SharedPlanView({
  path,
  projection,
  includesSalary,
}: {
  path: StoredPath;
  projection: Projection;
  includesSalary: boolean;
}) {
  return (
    <>
      <Section plain title="Steps" titleId="steps">
        <ol className="mt-2 space-y-4">
          {path.steps.map((s, i) => (
            <li key={`${s.role}-${i}`} className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
              <p className="font-semibold">
                {i + 1}. {s.title}
              </p>
              <p className="text-sm text-slate-700 dark:text-slate-300">
                From year {s.startYear} ({s.startDate}) · {s.years} {s.years === 1 ? "year" : "years"}
                {s.yearsMax > s.years ? ` (up to ${s.yearsMax})` : ""}
              </p>
              {s.earn.length ? (
                <ul className="mt-1 list-disc pl-5 text-sm">
                  {s.earn.map((e) => (
                    <li key={`${e.kind}-${e.code}`}>
                      {e.label}
                      {e.optional ? " (optional)" : ""} — from {e.earliestDate},{" "}
                      {e.cost === null ? "fee not on file" : formatUsd(e.cost)}. {e.reason}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      </Section>
      <Section plain title="Projected pay" titleId="pay">
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {includesSalary
            ? "Projected from the planner's own salary."
            : "Projected at the middle of each role's published pay range (the planner's salary is not shared)."}
          {projection.breakEvenYear !== null ? ` The plan pays for itself in year ${projection.breakEvenYear}.` : ""}
        </p>
        <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="Projected pay by year">
          <table className="w-full min-w-[32rem] text-sm">
            <caption className="sr-only">Projected pay by year</caption>
            <thead>
              <tr>
                <th scope="col" className={cell}>
                  Year
                </th>
                <th scope="col" className={cell}>
                  Role
                </th>
                <th scope="col" className={num}>
                  Median
                </th>
                <th scope="col" className={num}>
                  Projected pay
                </th>
                <th scope="col" className={num}>
                  Cumulative (plan)
                </th>
                <th scope="col" className={num}>
                  Cumulative (stay)
                </th>
              </tr>
            </thead>
            <tbody>
              {projection.years.map((y, i) => (
                <tr key={y.year}>
                  <th scope="row" className={cell}>
                    {y.calendarYear}
                  </th>
                  <td className={cell}>{y.title}</td>
                  <td className={num}>{formatUsdOrDash(y.median)}</td>
                  <td className={num}>{formatUsdOrDash(y.pay)}</td>
                  <td className={num}>{formatUsdOrDash(projection.cumulative[i]?.plan)}</td>
                  <td className={num}>{formatUsdOrDash(projection.cumulative[i]?.stay)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {projection.notes.length ? (
          <ul className="mt-3 list-disc pl-5 text-sm text-slate-700 dark:text-slate-300">
            {projection.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        ) : null}
        {projection.sources.length ? (
          <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
            Sources:{" "}
            {projection.sources
              .map((s) => ("title" in s ? String(s.title) : ""))
              .filter(Boolean)
              .join("; ")}
          </p>
        ) : null}
      </Section>
    </>
  );
}
