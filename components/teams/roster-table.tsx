import { StatusBadge } from "@/components/credentials/status-badge";
import { ScrollArea } from "@/components/ui/scroll-area";
import { ExternalLink, TextLink } from "@/components/ui/text-link";
import { AssignPosition } from "@/components/teams/assign-position";
import type { RosterMember } from "@/lib/teams/roster";

// The roster as a table: each cell shows only what the member shares (the rows come from memberView), and each
// credential figure says it is self-reported, with where to verify it.

const muted = "text-sm text-slate-600 dark:text-slate-400";

function Coverage({ m }: { m: RosterMember }) {
  if (!m.position) return <span className={muted}>No position</span>;
  if (!m.coverage) return <span className={muted}>Not shared</span>;
  if (!m.coverage.met)
    return (
      <span className="text-sm font-semibold text-red-800 dark:text-red-300">
        Not covered: needs {m.coverage.missing.map((g) => g.join(" + ")).join(" or ")}
      </span>
    );
  if (m.coverage.lapsing.length)
    return (
      <span className="text-sm font-semibold text-amber-900 dark:text-amber-200">
        Covered, lapsing: {m.coverage.lapsing.join(", ")}
      </span>
    );
  return <span className="text-sm font-semibold text-emerald-800 dark:text-emerald-300">Covered</span>;
}

function Credentials({ m }: { m: RosterMember }) {
  if (!m.credentials) return <span className={muted}>Not shared</span>;
  if (m.credentials.length === 0) return <span className={muted}>No credentials on record</span>;
  return (
    <ul className="space-y-1">
      {m.credentials.map((c) => {
        const cycle = m.progress?.find((p) => p.cycle === "current" && p.credentials.includes(c.code));
        return (
          <li key={c.code} className="text-sm">
            <span className="font-semibold">{c.code}</span> <StatusBadge status={c.status} />
            {c.dueDate ? <span> due {c.dueDate}</span> : null}
            {cycle ? (
              <span>
                {" "}
                · {cycle.earned} of {cycle.required} CEUs
              </span>
            ) : null}
            <span className={muted}>
              {" "}
              · self-reported ·{" "}
              {c.verify.url?.startsWith("https://") ? (
                // The body's own page, set by the team's owner.
                <ExternalLink href={c.verify.url} title={c.verify.note}>
                  verify
                  <span className="sr-only">
                    {" "}
                    {c.code} with {c.issuer}
                  </span>
                </ExternalLink>
              ) : c.verify.url ? (
                <TextLink href={c.verify.url} title={c.verify.note}>
                  verify<span className="sr-only"> {c.code}</span>
                </TextLink>
              ) : (
                <span title={c.verify.note}>verify with {c.issuer}</span>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function Policy({ m }: { m: RosterMember }) {
  if (!m.policy) return <span className={muted}>{m.progress ? "No policy set" : "Not shared"}</span>;
  const { year, newHire } = m.policy;
  return (
    <ul className="space-y-1 text-sm">
      {year ? (
        <li>
          {year.year}: {year.earned}
          {year.required !== null ? ` of ${year.required}` : ""} h
          {year.topic ? `, ${year.topic.topic} ${year.topic.earned} of ${year.topic.required}` : ""}
          {year.met ? " — met" : ""}
        </li>
      ) : null}
      {newHire ? (
        <li>
          New hire: {newHire.earned} of {newHire.required} h by {newHire.windowEnds} — {newHire.state}
        </li>
      ) : null}
    </ul>
  );
}

export function RosterTable({
  teamId,
  members,
  positions,
}: {
  teamId: string;
  members: RosterMember[];
  positions: { id: string; name: string }[];
}) {
  if (members.length === 0)
    return <p className={muted}>No one matches these filters. Clear them to see the whole team.</p>;
  return (
    // Positioned, so the screen-reader-only text inside the table scrolls with it instead of widening the page.
    <ScrollArea label="Team roster" className="relative">
      <table className="w-full min-w-[48rem] border-collapse text-left">
        <caption className="sr-only">Team roster: each member with what they share</caption>
        <thead>
          <tr className="border-b border-slate-300 text-sm dark:border-slate-700">
            <th scope="col" className="py-2 pr-3">
              Member
            </th>
            <th scope="col" className="py-2 pr-3">
              Position
            </th>
            <th scope="col" className="py-2 pr-3">
              Coverage
            </th>
            <th scope="col" className="py-2 pr-3">
              Credentials (self-reported)
            </th>
            <th scope="col" className="py-2">
              Education policy
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.memberId} className="border-b border-slate-200 align-top dark:border-slate-800">
              <th scope="row" className="py-2 pr-3 text-sm font-semibold">
                {m.share.length ? (
                  <TextLink href={`/teams/${teamId}/members/${m.memberId}`}>{m.name}</TextLink>
                ) : (
                  m.name
                )}
                <div className={muted}>
                  {m.role}
                  {m.share.length ? ` · shares ${m.share.join(", ")}` : " · shares nothing"}
                </div>
              </th>
              <td className="py-2 pr-3">
                <AssignPosition
                  teamId={teamId}
                  memberId={m.memberId}
                  memberName={m.name}
                  current={m.position?.id ?? null}
                  positions={positions}
                />
              </td>
              <td className="py-2 pr-3">
                <Coverage m={m} />
              </td>
              <td className="py-2 pr-3">
                <Credentials m={m} />
              </td>
              <td className="py-2">
                <Policy m={m} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
