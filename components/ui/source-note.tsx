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
