import { RequirementRoutes } from "@/components/ladder/requirement-routes";
import { SourceNote } from "@/components/ui/source-note";
import { Section } from "@/components/ui/section";
import { formatYearsRange } from "@/lib/format";
import type { RoleDetail } from "@/lib/ladder/queries";
import { TextLink } from "@/components/ui/text-link";

export function RoleCard({ role }: { role: RoleDetail }) {
  return (
    <Section as="article" id={role.slug} aria-labelledby={`${role.slug}-title`} padding="p-4" className="scroll-mt-4">
      <h4 id={`${role.slug}-title`} className="text-lg font-semibold">
        {role.title}
      </h4>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {role.track}
        {role.onetSocCode
          ? ` · O*NET-SOC ${role.onetSocCode}${role.socIsProxy ? " (nearest occupation, used as a proxy)" : ""}`
          : ""}
      </p>
      <p className="mt-2">{role.description}</p>
      {role.typicalCredentials.length > 0 || role.credentialsNote ? (
        <p className="mt-2 text-sm">
          <span className="font-medium">Typical credentials: </span>
          {role.typicalCredentials.map((code, i) => (
            <span key={code}>
              {i > 0 ? ", " : null}
              <TextLink href={`/credentials/${encodeURIComponent(code)}`}>{code}</TextLink>
            </span>
          ))}
          {role.credentialsNote ? (
            <span className="text-slate-600 dark:text-slate-400"> {role.credentialsNote}</span>
          ) : null}
        </p>
      ) : null}

      <h5 className="mt-4 font-medium">Moves from here</h5>
      {role.movesOut.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          The top of this part of the ladder: no further moves are recorded.
        </p>
      ) : (
        <ul className="mt-2 space-y-3">
          {role.movesOut.map((m) => (
            <li key={m.to.slug} className="rounded-md bg-slate-50 p-3 dark:bg-slate-900">
              <p>
                <span aria-hidden="true">→ </span>
                <TextLink href={`#${m.to.slug}`} className="font-medium">
                  {m.to.title}
                </TextLink>{" "}
                <span className="text-sm text-slate-600 dark:text-slate-400">
                  (level {m.to.level}; typically after {formatYearsRange(m.yearsMin, m.yearsMax)} here)
                </span>
              </p>
              {m.note ? <p className="text-sm text-slate-600 dark:text-slate-400">{m.note}</p> : null}
              <div className="mt-1">
                <SourceNote source={m.source} confidence={m.confidence} />
              </div>
              <div className="mt-2">
                <RequirementRoutes routes={m.routes} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {role.movesIn.length > 0 ? (
        <p className="mt-3 text-sm">
          <span className="font-medium">Reached from: </span>
          {role.movesIn.map((m, i) => (
            <span key={m.from.slug}>
              {i > 0 ? ", " : null}
              <TextLink href={`#${m.from.slug}`}>{m.from.title}</TextLink>
            </span>
          ))}
        </p>
      ) : (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">An entry point: no move into it is recorded.</p>
      )}
    </Section>
  );
}
