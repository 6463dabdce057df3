import type { ComponentProps } from "react";
import { SelectField } from "@/components/ui/field";

export type RoleOption = { slug: string; title: string; level: number };

type Props = Omit<ComponentProps<typeof SelectField>, "children"> & {
  roles: RoleOption[];
  /** The first option, for no role: what choosing nothing means here. */
  emptyLabel: string;
};

/** A role on the ladder, chosen by title with its level beside it, so people can tell the rungs apart. */
export function RoleSelect({ roles, emptyLabel, ...field }: Props) {
  return (
    <SelectField {...field}>
      <option value="">{emptyLabel}</option>
      {roles.map((r) => (
        <option key={r.slug} value={r.slug}>
          {r.title} (level {r.level})
        </option>
      ))}
    </SelectField>
  );
}
