import type { ComponentProps } from "react";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { TextField } from "@/components/ui/field";
import { experienceKindLabels, experienceKinds } from "@/lib/ladder/requirement-schema";
import type { PlannerFields } from "@/lib/plans/planner-fields";

// The planner form's folded parts: what most people leave alone, open for those who want to say more.

export type FieldsProps = {
  fields: PlannerFields;
  onChange: (patch: Partial<PlannerFields>) => void;
  /** The error to show beside a field, by its path in the request ("experience.cdi"). */
  errorOf: (field: string) => string | undefined;
};

const folded = "rounded-md border border-slate-200 p-4 dark:border-slate-700";
/** How lists of credential boxes are laid out: six to a row on a wide screen. */
export const gridOfBoxes = "mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3 lg:grid-cols-6";

/** A number of years, 0 to 60 in half years: what the planner takes for experience. */
export function YearsField(props: Omit<ComponentProps<typeof TextField>, "type" | "min" | "max" | "step">) {
  return <TextField type="number" min={0} max={60} step={0.5} inputMode="decimal" {...props} />;
}

/** Years by kind of work, for credentials that count only some kinds (folded: most people leave it empty). */
export function ExperienceByKind({ fields, onChange, errorOf }: FieldsProps) {
  return (
    <details className={folded}>
      <summary className="cursor-pointer text-sm font-medium">Refine: years by kind of work</summary>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        Some credentials count only experience in a kind of work (CCDS: CDI; CHPS: privacy or security). Left empty,
        your years count toward the kind of work your current role does.
      </p>
      <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {experienceKinds.map((kind) => (
          <YearsField
            key={kind}
            label={`Years of ${experienceKindLabels[kind]}`}
            name={`experience-${kind}`}
            value={fields.experience[kind] ?? ""}
            onChange={(e) => onChange({ experience: { ...fields.experience, [kind]: e.target.value } })}
            error={errorOf(`experience.${kind}`)}
          />
        ))}
      </div>
    </details>
  );
}

/** Credentials and bodies to avoid, and a time limit (folded: most people set none). */
export function PlannerLimits({
  fields,
  onChange,
  errorOf,
  certifications,
  bodies,
}: FieldsProps & { certifications: { code: string; name: string }[]; bodies: string[] }) {
  return (
    <details className={folded}>
      <summary className="cursor-pointer text-sm font-medium">
        Limits: credentials or bodies to avoid, a time limit
      </summary>
      <div className="mt-3 space-y-4">
        <CheckboxGroup
          legend="Avoid these credentials"
          options={certifications.map((c) => ({ value: c.code, label: c.code, title: c.name }))}
          checked={fields.avoidCredentials}
          onChange={(avoidCredentials) => onChange({ avoidCredentials })}
          listClassName={gridOfBoxes}
        />
        <CheckboxGroup
          legend="Avoid these bodies"
          options={bodies.map((b) => ({ value: b, label: b }))}
          checked={fields.avoidBodies}
          onChange={(avoidBodies) => onChange({ avoidBodies })}
          listClassName="mt-2 flex flex-wrap gap-4"
        />
        <div className="max-w-xs">
          <TextField
            label="At most this many years"
            name="maxYears"
            type="number"
            min={1}
            max={60}
            step={1}
            inputMode="numeric"
            value={fields.maxYears}
            onChange={(e) => onChange({ maxYears: e.target.value })}
            error={errorOf("maxYears")}
          />
        </div>
      </div>
    </details>
  );
}
