"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

const menuButton = [
  "rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-slate-800 md:hidden",
  "dark:border-slate-600 dark:text-slate-100",
].join(" ");
const linkList = [
  "order-last w-full flex-col items-stretch gap-1 pt-2",
  "md:order-none md:flex md:w-auto md:flex-row md:flex-wrap md:items-center md:pt-0",
].join(" ");

/**
 * The header's links. On a phone they fold behind a "Menu" button (a dozen links would otherwise fill the first
 * screen of every page); from the md breakpoint up they are always shown in a row. The menu closes when a link is
 * followed, and on Escape, giving focus back to the button.
 */
export function NavMenu({ children, trailing }: { children: ReactNode; trailing?: ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  // A followed link changes the path: fold the menu again.
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <nav aria-label="Main" className="flex flex-wrap items-center justify-end gap-1 md:flex-nowrap">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
        className={menuButton}
      >
        Menu
      </button>
      {/* On a phone the open list drops below the button row (order-last); from md up it sits before the toggle. */}
      <div
        id={listId}
        // Following a link folds the menu, even one to the page already shown.
        onClick={(e) => {
          if ((e.target as HTMLElement).closest("a")) setOpen(false);
        }}
        className={`${open ? "flex" : "hidden"} ${linkList}`}
      >
        {children}
      </div>
      {trailing}
    </nav>
  );
}
