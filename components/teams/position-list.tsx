import { ConfirmButton } from "@/components/teams/confirm-button";
import { deletePositionAction } from "@/lib/teams/actions";
import { requiresText } from "@/lib/teams/form-schemas";

export function PositionList({
  teamId,
  positions,
}: {
  teamId: string;
  positions: { id: string; name: string; requires: string[][]; members: number }[];
}) {
  if (positions.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">No positions yet. Add one below.</p>;
  return (
    <ul className="space-y-3">
      {positions.map((p) => (
        <li key={p.id} className="flex flex-wrap items-start justify-between gap-2">
          <div className="text-sm">
            <span className="font-semibold">{p.name}</span>: {requiresText(p.requires)}
            <div className="text-slate-600 dark:text-slate-400">
              {p.members} {p.members === 1 ? "member" : "members"}
            </div>
          </div>
          <ConfirmButton
            label={`Remove ${p.name}…`}
            question={`Remove the position "${p.name}"? Its members keep their place in the team, with no position.`}
            yes="Yes, remove it"
            run={deletePositionAction.bind(null, { teamId, positionId: p.id })}
          />
        </li>
      ))}
    </ul>
  );
}
