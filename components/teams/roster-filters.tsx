import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { DownloadLink, TextLink } from "@/components/ui/text-link";

// The roster's filters and order as a plain GET form: the address holds them, so a filtered roster can be
// bookmarked, and the CSV export takes the same query.

export type RosterQuery = { lapsingWithin?: string; notCovered?: string; inGrace?: string; sort?: string };

export function RosterFilters({ teamId, query }: { teamId: string; query: RosterQuery }) {
  const qs = new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][]).toString();
  return (
    <div className="space-y-3">
      <form method="get" className="flex flex-wrap items-end gap-4" aria-label="Filter the roster">
        <SelectField label="Lapsing within" name="lapsingWithin" defaultValue={query.lapsingWithin ?? ""}>
          <option value="">Any time</option>
          <option value="30">30 days</option>
          <option value="60">60 days</option>
          <option value="90">90 days</option>
        </SelectField>
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input
            type="checkbox"
            name="notCovered"
            value="1"
            defaultChecked={query.notCovered === "1"}
            className="h-4 w-4"
          />
          Not covered
        </label>
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" name="inGrace" value="1" defaultChecked={query.inGrace === "1"} className="h-4 w-4" />
          In grace or late fee
        </label>
        <SelectField label="Sort by" name="sort" defaultValue={query.sort ?? "name"}>
          <option value="name">Name</option>
          <option value="due">Earliest due date</option>
          <option value="coverage">Coverage (not covered first)</option>
        </SelectField>
        <Button type="submit" variant="secondary">
          Apply
        </Button>
        {qs ? <TextLink href={`/teams/${teamId}`}>Clear filters</TextLink> : null}
      </form>
      <DownloadLink href={`/api/v1/teams/${teamId}/roster.csv${qs ? `?${qs}` : ""}`} download>
        Export this roster as CSV
      </DownloadLink>
    </div>
  );
}
