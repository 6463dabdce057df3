"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

const base = "rounded-md px-3 py-2 text-sm font-medium";
const idle = [
  "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
  "dark:text-slate-200 dark:hover:bg-slate-800 dark:hover:text-white",
].join(" ");
const current =
  "bg-brand-50 text-brand-800 underline decoration-2 underline-offset-4 dark:bg-slate-800 dark:text-brand-300";

/** A header link that says which section you are in: aria-current for screen readers, underlined for the eye. */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname() ?? "";
  // /plans/abc is inside "My plans"; "Plan a path" (/plan) must not light up for /plans.
  const here = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={here ? "page" : undefined} className={`${base} ${here ? current : idle}`}>
      {children}
    </Link>
  );
}
