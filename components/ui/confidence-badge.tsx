import type { Confidence } from "@/lib/ladder/requirement-schema";

const styles: Record<Confidence, { label: string; hint: string; className: string }> = {
  confirmed: {
    label: "Confirmed",
    hint: "Confirmed on the issuer's or the government's own page.",
    className: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100",
  },
  secondary: {
    label: "Secondary source",
    hint: "Found only in a secondary source; treat with some caution.",
    className: "bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100",
  },
  assumption: {
    label: "Assumption",
    hint: "Unconfirmed: a working assumption you can change, not a published fact.",
    className: "bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100",
  },
};

export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const s = styles[confidence];
  return (
    <span title={s.hint} className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${s.className}`}>
      {s.label}
    </span>
  );
}
