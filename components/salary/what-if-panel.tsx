"use client";

import { ChartFrame, moneyColumn, type Column } from "@/components/charts/chart-frame";
import { CeuBars, CostBars } from "@/components/charts/what-if-charts";
import { ceuChartSummary, costChartSummary } from "@/lib/salary/scenario-summaries";
import type { WhatIfAnswer, WhatIfYear } from "@/lib/salary/what-if";

// The what-if's charts with their table twins. A client leaf only because the table columns and the CSV download
// are functions; the answer itself is worked out on the server.

const ceuColumns: Column<WhatIfYear>[] = [
  { key: "year", label: "Year", value: (y) => y.calendarYear },
  { key: "before", label: "CEUs a year before", value: (y) => y.before.ceusPerYear, numeric: true },
  { key: "after", label: "CEUs a year after", value: (y) => y.ceusPerYear, numeric: true },
];

const costColumns: Column<WhatIfYear>[] = [
  { key: "year", label: "Year", value: (y) => y.calendarYear },
  moneyColumn("before", "Before", (y) => y.before.total),
  moneyColumn("after", "After", (y) => y.total),
  moneyColumn("exams", "After: exam fees", (y) => y.costs.exams),
  moneyColumn("renewals", "After: renewal fees", (y) => y.costs.renewals),
  moneyColumn("dues", "After: dues", (y) => y.costs.dues),
];

export function WhatIfPanel({ answer, fileStem }: { answer: WhatIfAnswer; fileStem: string }) {
  const ceuRows = answer.years.map((y) => ({
    calendarYear: y.calendarYear,
    before: y.before.ceusPerYear,
    after: y.ceusPerYear,
  }));
  const costRows = answer.years.map((y) => ({ calendarYear: y.calendarYear, before: y.before.total, ...y.costs }));
  return (
    <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
      <ChartFrame
        title="CEUs a year, before and after"
        summary={ceuChartSummary(answer)}
        table={{ columns: ceuColumns, rows: answer.years, csvName: `${fileStem}-ceus.csv` }}
        footer={
          <p>
            Each cycle&apos;s requirement spread evenly over the years it spans, so a cycle that ends next year also
            counts this year. The cycles themselves are listed below.
          </p>
        }
      >
        <CeuBars rows={ceuRows} />
      </ChartFrame>
      <ChartFrame
        title="Costs a year, before and after"
        summary={costChartSummary(answer)}
        table={{ columns: costColumns, rows: answer.years, csvName: `${fileStem}-costs.csv` }}
        footer={<p>Exam and renewal fees at non-member prices, and dues, in the year each is paid. Sources below.</p>}
      >
        <CostBars rows={costRows} />
      </ChartFrame>
    </div>
  );
}
