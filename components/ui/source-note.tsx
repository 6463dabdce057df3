import type { SourceView } from "@/lib/ladder/route-view";
import type { Confidence } from "@/lib/ladder/requirement-schema";
import { ConfidenceBadge } from "@/components/ui/confidence-badge";

/** "Source: publisher, title (year)" with the fact's confidence; every stored figure is shown with one. */
export function SourceNote({ source, confidence }: { source: SourceView; confidence: Confidence }) {
  return (
    <span className="text-xs text-slate-600 dark:text-slate-400">
      <ConfidenceBadge confidence={confidence} /> Source: {source.publisher}, {source.title}
      {source.year ? ` (${source.year})` : " (undated)"}
    </span>
  );
}

type Citation = Pick<SourceView, "publisher" | "title" | "url" | "year">;

/**
 * "publisher, title (year)" with the title linked to the source, for a list of sources beneath a chart: there the
 * reader is checking the figures, so the source is one click away.
 */
export function SourceCitation({ source, confidence }: { source: Citation; confidence: Confidence }) {
  return (
    <>
      <ConfidenceBadge confidence={confidence} /> {source.publisher},{" "}
      {source.url ? (
        <a className="underline" href={source.url} rel="noreferrer" target="_blank">
          {source.title}
        </a>
      ) : (
        source.title
      )}{" "}
      ({source.year ?? "undated"})
    </>
  );
}
