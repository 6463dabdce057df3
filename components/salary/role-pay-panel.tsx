"use client";

import { ChartFrame, moneyColumn, type Column } from "@/components/charts/chart-frame";
import { RolePayChart } from "@/components/charts/role-pay-chart";
import { ConfidenceBadge } from "@/components/ui/confidence-badge";
import { SourceCitation } from "@/components/ui/source-note";
import { andList } from "@/lib/format";
import { bandKindLabels, bandSource, bandYear } from "@/lib/salary/labels";
import { sharedFigureNote, sharedFigures } from "@/lib/salary/shared-figures";
import { rolePaySummary } from "@/lib/salary/summaries";
import type { PayBand, PayContext } from "@/lib/salary/types";

type Row = { role: string; band: PayBand | null; best: boolean };

/** Every role's pay as published: the best figure of each on the chart, every figure in the table. */
export function RolePayPanel({ ctx }: { ctx: PayContext }) {
  const roles = Object.values(ctx.roles).sort((a, b) => a.level - b.level || a.title.localeCompare(b.title));
  const rows: Row[] = roles.flatMap((r): Row[] =>
    r.bands.length
      ? r.bands.map((band, i) => ({ role: r.title, band, best: i === 0 }))
      : [{ role: r.title, band: null, best: true }],
  );
  const chartRows = roles.flatMap((r) => {
    const b = r.bands[0];
    return b
      ? [
          {
            title: r.title,
            p25: b.p25,
            median: b.median,
            p75: b.p75,
            label: `${bandSource(b)}${b.confidence === "assumption" ? " (assumption)" : ""}`,
          },
        ]
      : [];
  });
  const missing = roles.filter((r) => !r.bands.length).map((r) => r.title);
  const shared = sharedFigures(roles.map((r) => ({ title: r.title, band: r.bands[0] ?? null })));
  /** The other roles charted from the same figure as this row's, when it is the one charted. */
  const sameAs = (r: Row) => {
    const group = r.best && r.band ? shared.find((s) => s.figureKey === r.band!.figureKey) : undefined;
    return group ? andList(group.roles.filter((t) => t !== r.role)) : null;
  };
  const columns: Column<Row>[] = [
    { key: "role", label: "Role", value: (r) => r.role, format: (r) => (r.best ? <strong>{r.role}</strong> : r.role) },
    { key: "population", label: "Figure describes", value: (r) => r.band?.population ?? "No figure on file" },
    { key: "kind", label: "Kind", value: (r) => (r.band ? bandKindLabels[r.band.shape] : null) },
    moneyColumn("p10", "10th", (r) => r.band?.p10),
    moneyColumn("p25", "25th (or low)", (r) => r.band?.p25),
    moneyColumn("median", "Median (or midpoint)", (r) => r.band?.median),
    moneyColumn("p75", "75th (or high)", (r) => r.band?.p75),
    moneyColumn("p90", "90th", (r) => r.band?.p90),
    { key: "year", label: "Year", value: (r) => (r.band ? bandYear(r.band) : null) },
    {
      key: "source",
      label: "Source",
      value: (r) => (r.band ? `${r.band.source.publisher}, ${r.band.source.title}` : null),
    },
    {
      key: "confidence",
      label: "Confidence",
      value: (r) => r.band?.confidence ?? null,
      format: (r) => (r.band ? <ConfidenceBadge confidence={r.band.confidence} /> : "—"),
    },
    { key: "shared", label: "Charted with the same figure as", value: sameAs },
  ];
  const sources = [...new Map(roles.flatMap((r) => r.bands).map((b) => [b.source.key, b])).values()];
  return (
    <ChartFrame
      title="Pay range of every role"
      summary={rolePaySummary(chartRows, missing)}
      table={{ columns, rows, csvName: "pay-by-role.csv" }}
      footer={
        <>
          {shared.length ? (
            <div>
              <h4 className="font-semibold">One figure, several roles</h4>
              <ul className="mt-1 list-disc space-y-1 pl-5">
                {shared.map((s) => (
                  <li key={s.figureKey}>{sharedFigureNote(s)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <p>
            Figures as published, in the year each describes (not brought to {ctx.thisYear}): compare years with care.
            The chart shows each role&apos;s best figure (the most spread known, then the most trustworthy source, then
            the newest); the table shows every figure, the best in bold. Where only a range is known, its ends stand in
            for the 25th and 75th percentiles. Sources are never blended.
          </p>
          {missing.length ? (
            <p>No published figure is on file for {missing.join(", ")}; a projection asks you for your own.</p>
          ) : null}
          <div>
            <h4 className="font-semibold">Sources</h4>
            <ul className="mt-1 space-y-1">
              {sources.map((b) => (
                <li key={b.source.key}>
                  <SourceCitation source={b.source} confidence={b.confidence} />
                </li>
              ))}
            </ul>
          </div>
        </>
      }
    >
      <RolePayChart rows={chartRows} />
    </ChartFrame>
  );
}
