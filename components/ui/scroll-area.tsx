import type { ReactNode } from "react";

/**
 * A box that scrolls sideways when its table is wider than a phone screen. It takes focus so keyboard users can
 * scroll it with the arrow keys, and is named so a screen reader says what the stop is.
 */
export function ScrollArea({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
