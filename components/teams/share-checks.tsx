import type { ShareLevel } from "@/lib/teams/validation";

// The three share choices, each its own box with what it shows, under one legend. Plain inputs named after the
// level, so the same boxes serve accepting an invitation and changing what one shares.

export const SHARE_TEXT: Record<ShareLevel, { label: string; hint: string }> = {
  status: { label: "Status", hint: "The credentials you hold, their status and due dates." },
  progress: { label: "Progress", hint: "Also the CEUs you earned and still owe in each cycle." },
  certificates: { label: "Certificates", hint: "Also your certificate files, for an employer's audit." },
};

export function ShareChecks({ idPrefix, checked }: { idPrefix: string; checked: ShareLevel[] }) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">What the team&apos;s owner and managers may see</legend>
      {(Object.keys(SHARE_TEXT) as ShareLevel[]).map((level) => (
        <div key={level} className="flex items-start gap-2">
          <input
            id={`${idPrefix}-${level}`}
            name={level}
            type="checkbox"
            defaultChecked={checked.includes(level)}
            aria-describedby={`${idPrefix}-${level}-hint`}
            className="mt-1 h-4 w-4"
          />
          <div>
            <label htmlFor={`${idPrefix}-${level}`} className="text-sm font-medium">
              {SHARE_TEXT[level].label}
            </label>
            <p id={`${idPrefix}-${level}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
              {SHARE_TEXT[level].hint}
            </p>
          </div>
        </div>
      ))}
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Tick none to share nothing. You can change this or leave the team at any time; it takes effect at once.
      </p>
    </fieldset>
  );
}
