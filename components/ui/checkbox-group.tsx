import type { ReactNode } from "react";

type Option = { value: string; label: ReactNode; title?: string };

/**
 * A set of boxes to tick under one legend, for a list of values (credentials, topics, bodies). The error, when
 * there is one, is for the group as a whole, beneath it.
 */
export function CheckboxGroup({
  legend,
  options,
  checked,
  onChange,
  listClassName,
  error,
}: {
  legend: ReactNode;
  options: Option[];
  checked: string[];
  /** The new list: ticking adds a value at the end, unticking takes it out. */
  onChange: (next: string[]) => void;
  /** How the boxes are laid out (a grid, a wrapping row). */
  listClassName: string;
  error?: string;
}) {
  const toggle = (value: string) =>
    onChange(checked.includes(value) ? checked.filter((v) => v !== value) : [...checked, value]);
  return (
    <fieldset>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className={listClassName}>
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2 text-sm" title={o.title}>
            <input type="checkbox" checked={checked.includes(o.value)} onChange={() => toggle(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
      {error ? <p className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">{error}</p> : null}
    </fieldset>
  );
}
