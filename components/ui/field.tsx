import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes } from "react";

// Labelled inputs whose hint and error are tied to the control (aria-describedby), so a screen reader hears which
// field is wrong and how to fix it.

const controlClass = [
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900",
  "aria-[invalid=true]:border-red-700 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100",
  "dark:aria-[invalid=true]:border-red-400",
].join(" ");

type Common = { label: string; name: string; error?: string; hint?: ReactNode };

/** The attributes every control gets from its field: id, name, invalid state, described-by. */
function controlProps({ name, error, hint }: Common) {
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ");
  return {
    id: name,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy || undefined,
    className: controlClass,
  } as const;
}

function FieldShell({ label, name, error, hint, children }: Common & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${name}-hint`} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({
  label,
  name,
  error,
  hint,
  ref,
  ...rest
}: Common & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  const field = { label, name, error, hint };
  return (
    <FieldShell {...field}>
      <input ref={ref} {...controlProps(field)} {...rest} />
    </FieldShell>
  );
}

export function SelectField({
  label,
  name,
  error,
  hint,
  children,
  ...rest
}: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  const field = { label, name, error, hint };
  return (
    <FieldShell {...field}>
      <select {...controlProps(field)} {...rest}>
        {children}
      </select>
    </FieldShell>
  );
}
