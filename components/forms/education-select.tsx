import type { ComponentProps } from "react";
import { SelectField } from "@/components/ui/field";
import { educationLabels, educationLevels } from "@/lib/ladder/requirement-schema";

type Props = Omit<ComponentProps<typeof SelectField>, "children" | "label"> & {
  /** A first, empty option, where saying nothing is allowed (the profile); none where a level is needed (planning). */
  emptyLabel?: string;
};

/** The highest education completed, from high school to a master's degree, in the ladder's own levels. */
export function EducationSelect({ emptyLabel, ...field }: Props) {
  return (
    <SelectField label="Highest education completed" {...field}>
      {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
      {educationLevels.map((level) => (
        <option key={level} value={level}>
          {educationLabels[level]}
        </option>
      ))}
    </SelectField>
  );
}
