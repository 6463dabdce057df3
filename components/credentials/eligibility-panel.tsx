import { TextLink } from "@/components/ui/text-link";
import type { Eligibility } from "@/lib/ladder/eligibility";

/** Whether the signed-in person can sit this exam, from their profile, in words. */
export function EligibilityPanel({ eligibility, basis }: { eligibility: Eligibility; basis: string }) {
  const tone =
    eligibility.status === "eligible"
      ? "border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950"
      : eligibility.status === "not_yet"
        ? "border-sky-300 bg-sky-50 dark:border-sky-800 dark:bg-sky-950"
        : "border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950";
  return (
    <section aria-labelledby="you" className={`mt-6 rounded-lg border p-4 ${tone}`}>
      <h2 id="you" className="text-lg font-semibold">
        Your eligibility
      </h2>
      {eligibility.status === "eligible" ? (
        <p className="mt-1">
          {eligibility.held
            ? "You hold it."
            : `You can sit the exam now${eligibility.route ? ` (${eligibility.route.toLowerCase()})` : ""}.`}
        </p>
      ) : eligibility.status === "not_yet" ? (
        <p className="mt-1">
          Not yet: from about <strong>{eligibility.earliestDate}</strong> if you stay in your current role (
          {eligibility.missing.join("; ")}).
        </p>
      ) : (
        <div className="mt-1">
          <p>Waiting in your current role is not enough. Any one of these would open it:</p>
          <ul className="mt-1 list-disc pl-5">
            {eligibility.unblock.map((u) => (
              <li key={u.route}>
                {u.route}: {u.needs.length ? u.needs.join("; ") : "nothing more"}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        Based on {basis}. <TextLink href="/plan">Plan a path</TextLink> to see when it fits.
      </p>
    </section>
  );
}
