import { statusLabel } from "@/components/credentials/status-badge";
import { TextLink } from "@/components/ui/text-link";
import type { ComplianceItem } from "@/lib/credentials/compliance-types";
import { daysBetween } from "@/lib/dates";
import { nextDeadline, stageWords } from "@/lib/credentials/deadlines";

const warningBox = [
  "rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950",
  "dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100",
].join(" ");

/** What needs attention now: anything due soon, in grace, inactive or revoked, with what is owed and by when. */
export function DeadlineWarnings({ items, asOf }: { items: ComplianceItem[]; asOf: string }) {
  // One line per credential group: a missed previous cycle (listed first) speaks for it.
  const seen = new Set<string>();
  const urgent = items.filter((i) => {
    const key = `${i.body}|${i.credentials.join("+")}`;
    if (i.status === "active" || (i.remaining <= 0 && i.status !== "revoked") || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (urgent.length === 0) return null;
  return (
    <div role="status" className={warningBox}>
      <h2 className="font-semibold">Needs attention</h2>
      <ul className="mt-2 space-y-1 text-sm">
        {urgent.map((i) => {
          // The next date that matters: the due date, or the end of the stage the credential is in now.
          const next = nextDeadline(i, asOf);
          const days = next ? daysBetween(asOf, next.date) : null;
          const when = next
            ? `${stageWords[next.stage].toLowerCase()} ${next.date}${days !== null ? ` (${days} days)` : ""}`
            : "";
          return (
            <li key={`${i.body}-${i.credentials.join("+")}-${i.cycle}`}>
              <strong>{i.credentials.join(", ")}</strong> ({i.body}) — {statusLabel(i.status)}:{" "}
              {i.status === "revoked"
                ? "the body's rules revoke it after this long; contact the body about reinstatement."
                : `${i.remaining} CEUs still owed; ${when}.`}{" "}
              <TextLink href={`/my-credentials/${encodeURIComponent(i.credentials[0]!)}`}>Details</TextLink>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
