import { SourceNote } from "@/components/ui/source-note";
import { formatEducation, formatExperience, formatYears } from "@/lib/format";
import type { RouteView } from "@/lib/ladder/route-view";
import { experienceKindLabels } from "@/lib/ladder/requirement-schema";
import { TextLink } from "@/components/ui/text-link";

/** Ways to qualify. One route: its conditions. Several: "any one of". None: says so. */
export function RequirementRoutes({
  routes,
  emptyText = "No stated requirement.",
}: {
  routes: RouteView[];
  emptyText?: string;
}) {
  if (routes.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{emptyText}</p>;
  return (
    <div className="text-sm">
      {routes.length > 1 ? <p className="font-medium">Any one of:</p> : null}
      <ul className={routes.length > 1 ? "mt-1 list-disc space-y-2 pl-5" : "space-y-2"}>
        {routes.map((r) => (
          <li key={r.label}>
            <RouteConditions route={r} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function RouteConditions({ route: r }: { route: RouteView }) {
  const conditions: React.ReactNode[] = [];
  r.credentials.forEach((group) =>
    conditions.push(
      <>
        hold{" "}
        {group.map((code, i) => (
          <span key={code}>
            {i > 0 ? (i === group.length - 1 ? " or " : ", ") : null}
            <TextLink href={`/credentials/${encodeURIComponent(code)}`} className="font-medium">
              {code}
            </TextLink>
          </span>
        ))}
      </>,
    ),
  );
  if (r.education)
    conditions.push(
      <>
        {formatEducation(r.education).toLowerCase()}
        {r.educationProgram ? ` (${r.educationProgram})` : ""}
      </>,
    );
  if (r.minYears !== null) conditions.push(<>{formatYears(r.minYears)} of experience in all</>);
  if (r.experience) conditions.push(<>{formatExperience(r.experience)}</>);
  if (r.experienceWithin) conditions.push(<>of which {formatExperience(r.experienceWithin)}</>);
  if (r.currentWork) conditions.push(<>working in {experienceKindLabels[r.currentWork]} now</>);
  if (r.course) conditions.push(<>{r.course}</>);
  return (
    <div>
      <span>{r.label}</span>
      {conditions.length > 0 ? (
        <span className="text-slate-600 dark:text-slate-400">
          {" "}
          — needs:{" "}
          {conditions.map((c, i) => (
            <span key={i}>
              {i > 0 ? "; " : null}
              {c}
            </span>
          ))}
        </span>
      ) : null}
      {r.note ? <p className="text-slate-600 dark:text-slate-400">{r.note}</p> : null}
      <div className="mt-0.5">
        <SourceNote source={r.source} confidence={r.confidence} />
      </div>
    </div>
  );
}
