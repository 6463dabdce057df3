"use client";

import { useId, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { csvTable } from "@/lib/csv";
import { formatUsdOrDash } from "@/lib/format";
import { ScrollArea } from "@/components/ui/scroll-area";
import { Section } from "@/components/ui/section";

export type Column<R> = {
  key: string;
  label: string;
  value: (row: R) => string | number | null;
  format?: (row: R) => ReactNode;
  numeric?: boolean;
};

/** A dollar column: the number in the CSV, "$58,000" (or a dash when unknown) in the table. */
export function moneyColumn<R>(key: string, label: string, amount: (row: R) => number | null | undefined): Column<R> {
  return { key, label, value: (r) => amount(r) ?? null, format: (r) => formatUsdOrDash(amount(r)), numeric: true };
}

type Props<R> = {
  title: string;
  /** What the chart shows, in a sentence: the chart's accessible name. */
  summary: string;
  /** The chart's table twin: the same rows in columns, and the name of the CSV file they download as. */
  table: { columns: Column<R>[]; rows: R[]; csvName: string };
  children: ReactNode;
  /** Sources and assumptions, shown beneath the chart. */
  footer: ReactNode;
};

/** A chart with its table twin (same rows), a CSV download of those rows, and its sources and assumptions. */
export function ChartFrame<R>({ title, summary, table, children, footer }: Props<R>) {
  const { columns, rows, csvName } = table;
  const id = useId();
  const download = () => {
    const text = csvTable(
      columns.map((c) => c.label),
      rows.map((r) => columns.map((c) => c.value(r))),
    );
    const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = csvName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <Section aria-labelledby={`${id}-title`} padding="p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h3>
        <Button type="button" variant="secondary" onClick={download}>
          Download CSV<span className="sr-only"> of {title}</span>
        </Button>
      </div>
      <figure className="mt-3">
        <div role="img" aria-label={summary} className="text-slate-700 dark:text-slate-300">
          {children}
        </div>
        <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-400">{summary}</figcaption>
      </figure>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-brand-700 dark:text-brand-300">
          Show the table ({rows.length} rows)
        </summary>
        <ScrollArea label={`${title}: table`} className="mt-2">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-700">
                {columns.map((c) => (
                  <th key={c.key} scope="col" className={`px-2 py-1 font-semibold ${c.numeric ? "text-right" : ""}`}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i} className="border-b border-slate-100 dark:border-slate-800">
                  {columns.map((c) => (
                    <td key={c.key} className={`px-2 py-1 ${c.numeric ? "text-right tabular-nums" : ""}`}>
                      {c.format ? c.format(r) : (c.value(r) ?? "—")}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      </details>
      <div className="mt-3 space-y-2 text-sm">{footer}</div>
    </Section>
  );
}
