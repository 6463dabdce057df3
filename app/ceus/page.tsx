import type { Metadata } from "next";
import { CertificateCapture } from "@/components/ceus/capture/certificate-capture";
import { CeuForm } from "@/components/ceus/ceu-form";
import { CeuRow } from "@/components/ceus/ceu-row";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { SelectField, TextField } from "@/components/ui/field";
import { DownloadLink, TextLink } from "@/components/ui/text-link";
import { requirePageUser } from "@/lib/auth/current-user";
import { listDrafts } from "@/lib/capture/drafts";
import { listEntries, totalCeus } from "@/lib/ceus/queries";
import { readCeuFilters } from "@/lib/ceus/validation";
import { ceuSourceLabels, ceuTopicLabels, ceuTopics } from "@/lib/credentials/ceu-topics";
import { listHeld } from "@/lib/credentials/held-queries";
import { todayIso } from "@/lib/dates";

export const metadata: Metadata = { title: "CEU log" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CeuLogPage({ searchParams }: Props) {
  const user = await requirePageUser("/ceus");
  const { filters, dropped } = readCeuFilters(await searchParams);
  const [entries, held, drafts] = await Promise.all([
    listEntries(user.id, filters),
    listHeld(user.id),
    listDrafts(user.id),
  ]);
  const total = totalCeus(entries);
  const filtered = Object.keys(filters).length > 0;
  const today = todayIso();
  const heldCodes = held.map((h) => h.code);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">CEU log</h1>
        <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
          Log each activity once. Every body&rsquo;s rules decide where it counts: see{" "}
          <TextLink href="/my-credentials">my credentials</TextLink>.
        </p>
        <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <TextLink href="/ceus/import">Import a CSV file</TextLink>
          <DownloadLink href="/api/v1/me/ceus.csv">Export as CSV</DownloadLink>
          <DownloadLink href="/api/v1/me/audit-packet.zip">
            Download an audit packet (PDF summary, CSV and certificates, as a ZIP)
          </DownloadLink>
        </p>
      </div>

      <Section title="Log CEUs from certificates" titleId="capture">
        <p className="mt-1 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
          Add your certificates and the app reads the date, title, provider, CEUs and index number from each. Check what
          was read, then confirm: each confirmed certificate becomes an entry with the file attached.
        </p>
        <CertificateCapture initial={drafts} />
      </Section>

      <Section title="Log CEUs" titleId="add">
        <div className="mt-3">
          <CeuForm today={today} heldCodes={heldCodes} />
        </div>
      </Section>

      <section aria-labelledby="entries">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="entries" className="text-xl font-semibold">
            {filtered ? "Matching entries" : "All entries"}
          </h2>
          <p className="font-medium" aria-live="polite">
            {entries.length} {entries.length === 1 ? "entry" : "entries"} · {total} CEUs
          </p>
        </div>
        <form
          method="get"
          className="mt-3 grid gap-3 rounded-md bg-slate-50 p-4 sm:grid-cols-2 lg:grid-cols-6 dark:bg-slate-900"
          role="search"
          aria-label="Filter CEU entries"
        >
          <TextField label="From" name="from" type="date" defaultValue={filters.from} />
          <TextField label="To" name="to" type="date" defaultValue={filters.to} />
          <SelectField label="Source" name="source" defaultValue={filters.source ?? ""}>
            <option value="">Any</option>
            {Object.entries(ceuSourceLabels).map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </SelectField>
          <SelectField label="Topic" name="topic" defaultValue={filters.topic ?? ""}>
            <option value="">Any</option>
            {ceuTopics.map((t) => (
              <option key={t} value={t}>
                {ceuTopicLabels[t]}
              </option>
            ))}
          </SelectField>
          <TextField label="Title or provider" name="q" defaultValue={filters.q} />
          <div className="flex items-end gap-2">
            <Button type="submit">Filter</Button>
            {filtered ? <TextLink href="/ceus">Clear</TextLink> : null}
          </div>
        </form>
        {dropped.length ? (
          <div className="mt-3">
            <Alert tone="info">Ignored a filter that was not valid: {dropped.join(", ")}.</Alert>
          </div>
        ) : null}
        {entries.length === 0 ? (
          <p className="mt-4 rounded-lg border border-dashed border-slate-300 p-6 dark:border-slate-700">
            {filtered ? "No entries match these filters." : "No CEUs logged yet. Log your first activity above."}
          </p>
        ) : (
          <ul className="mt-4 space-y-3">
            {entries.map((e) => (
              <CeuRow key={`${e.id}-${e.version}`} entry={e} today={today} heldCodes={heldCodes} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
